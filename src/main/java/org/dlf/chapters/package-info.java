/**
 * The content-driven chapter page: {@link org.dlf.chapters.ChapterView} renders any chapter of
 * {@code content/}; {@link org.dlf.chapters.WidgetRegistry} maps {@code ```widget NAME} blocks to the
 * {@link org.dlf.chapters.WidgetFactory} beans of the chapter packages. What several chapters' widgets share
 * lives here too: {@link org.dlf.chapters.LiveControls} (Play/Pause, speed, counter of every live trainer) and
 * {@link org.dlf.chapters.LockedField}.
 */
@NullMarked
package org.dlf.chapters;

import org.jspecify.annotations.NullMarked;

/**
 * The content-driven chapter page: {@link org.dlf.chapters.ChapterView} renders any chapter of
 * {@code content/}; {@link org.dlf.chapters.WidgetRegistry} maps {@code ```widget NAME} blocks to the
 * {@link org.dlf.chapters.WidgetFactory} beans of the chapter packages.
 */
@NullMarked
package org.dlf.chapters;

import org.jspecify.annotations.NullMarked;

/**
 * The content-driven chapter page: {@link org.dlf.chapters.ui.ChapterView} renders any chapter of
 * {@code content/}; {@link org.dlf.chapters.ui.WidgetRegistry} maps {@code ```widget NAME} blocks to the
 * {@link org.dlf.chapters.ui.WidgetFactory} beans of the chapter packages.
 */
@NullMarked
package org.dlf.chapters.ui;

import org.jspecify.annotations.NullMarked;

/**
 * Loads and validates the course text in {@code content/}: chapters (markdown with front matter, math,
 * widget and exercise directives), figures and the glossary. No Vaadin here: the chapter view turns the
 * {@link org.dlf.content.ChapterBlock blocks} into components.
 */
@NullMarked
package org.dlf.content;

import org.jspecify.annotations.NullMarked;

package org.dlf.content;

import java.util.Map;

/** A piece of a rendered chapter: sanitised HTML, or a directive the view turns into a component. */
public sealed interface ChapterBlock {

    /** Sanitised HTML (one or more elements). */
    record Html(String html) implements ChapterBlock {}

    /** A {@code ```widget NAME} block: the widget name and its configuration (keys to plain values). */
    record Widget(String name, Map<String, String> config) implements ChapterBlock {}

    /** A {@code ```exercise ID} block. */
    record Exercise(String id) implements ChapterBlock {}
}

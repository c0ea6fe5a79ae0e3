package org.dlf.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The visitor's progress per chapter, shown in the navigation and on the home page. Implemented by the
 * exercises feature (which depends on this package, so the shell stays free of it).
 */
public interface ChapterProgress {

    /** A small badge with the visitor's solved/total exercises of the chapter; it updates itself. */
    Component badge(String chapterSlug);
}

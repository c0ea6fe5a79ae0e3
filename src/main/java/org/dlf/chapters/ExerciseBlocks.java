package org.dlf.chapters;

import com.vaadin.flow.component.Component;
import org.dlf.content.Language;

/** Makes the component for a {@code ```exercise ID} block. */
public interface ExerciseBlocks {

    /** {@code number} names the exercise in the chapter, e.g. "4.2" (chapter 4, second exercise). */
    Component create(String exerciseId, Language language, String number);
}

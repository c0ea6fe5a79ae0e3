package org.dlf.chapters;

import com.vaadin.flow.component.Component;
import org.dlf.content.Language;

/** Makes the component for a {@code ```exercise ID} block. */
public interface ExerciseBlocks {

    Component create(String exerciseId, Language language);
}

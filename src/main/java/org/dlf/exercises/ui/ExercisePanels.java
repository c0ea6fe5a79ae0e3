package org.dlf.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.dlf.chapters.ExerciseBlocks;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseService;

/** Makes the {@link ExercisePanel} for each {@code ```exercise ID} block of a chapter. */
@org.springframework.stereotype.Component
class ExercisePanels implements ExerciseBlocks {

    private final ExerciseService exercises;

    ExercisePanels(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public Component create(String exerciseId, Language language, String number) {
        return exercises
                .spec(exerciseId)
                .<Component>map(spec -> new ExercisePanel(spec, number, language, exercises, LearnerCookie.current()))
                .orElseGet(() -> new Paragraph(exerciseId)); // content validation makes this unreachable
    }
}

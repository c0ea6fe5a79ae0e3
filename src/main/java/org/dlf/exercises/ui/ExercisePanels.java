package org.dlf.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.dlf.assignment.LockableWidgets;
import org.dlf.chapters.ExerciseBlocks;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseService;

/** Makes the {@link ExercisePanel} for each {@code ```exercise ID} block of a chapter. */
@org.springframework.stereotype.Component
class ExercisePanels implements ExerciseBlocks {

    private final ExerciseService exercises;
    private final LockableWidgets widgets;

    ExercisePanels(ExerciseService exercises, LockableWidgets widgets) {
        this.exercises = exercises;
        this.widgets = widgets;
    }

    @Override
    public Component create(String exerciseId, Language language, String number) {
        return exercises
                .spec(exerciseId)
                .<Component>map(
                        spec -> new ExercisePanel(spec, number, language, exercises, widgets, LearnerCookie.current()))
                .orElseGet(() -> new Paragraph(exerciseId)); // content validation makes this unreachable
    }
}

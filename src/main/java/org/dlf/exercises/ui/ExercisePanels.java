package org.dlf.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.dlf.chapters.ui.ExerciseBlocks;
import org.dlf.content.ContentService;
import org.dlf.content.Language;

/** Exercise panels for chapter pages. */
@org.springframework.stereotype.Component
class ExercisePanels implements ExerciseBlocks {

    private final ContentService content;

    ExercisePanels(ContentService content) {
        this.content = content;
    }

    @Override
    public Component create(String exerciseId, Language language) {
        Map<String, Object> spec = content.course().exerciseManifests().values().stream()
                .flatMap(java.util.List::stream)
                .filter(e -> exerciseId.equals(String.valueOf(e.get("id"))))
                .findFirst()
                .orElseThrow();
        Object prompt = ((Map<?, ?>) spec.get("prompt")).get(language.code());
        Div panel = new Div(new Paragraph(String.valueOf(prompt)));
        panel.addClassName("exercise");
        panel.setId("exercise-" + exerciseId);
        return panel;
    }
}

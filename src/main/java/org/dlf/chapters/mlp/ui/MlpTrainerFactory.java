package org.dlf.chapters.mlp.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.ui.WidgetFactory;
import org.dlf.training.TrainingEvents;
import org.dlf.training.TrainingExecutor;

/** {@code ```widget mlp-trainer}: no configuration keys. */
@org.springframework.stereotype.Component
class MlpTrainerFactory implements WidgetFactory {

    private final TrainingExecutor executor;
    private final TrainingEvents events;

    MlpTrainerFactory(TrainingExecutor executor, TrainingEvents events) {
        this.executor = executor;
        this.events = events;
    }

    @Override
    public String name() {
        return "mlp-trainer";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new MlpTrainerWidget(new MlpTrainerModel(), executor, events);
    }
}

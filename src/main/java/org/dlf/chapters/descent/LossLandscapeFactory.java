package org.dlf.chapters.descent;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;
import org.dlf.training.TrainingExecutor;

/** {@code ```widget loss-landscape}: no configuration keys; starts at the chapter's start with η = 0.2. */
@org.springframework.stereotype.Component
class LossLandscapeFactory implements WidgetFactory {

    private final TrainingExecutor executor;

    LossLandscapeFactory(TrainingExecutor executor) {
        this.executor = executor;
    }

    @Override
    public String name() {
        return "loss-landscape";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new LossLandscapeWidget(new LossLandscapeModel(), executor);
    }
}

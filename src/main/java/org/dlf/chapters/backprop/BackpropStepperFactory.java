package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;
import org.dlf.training.TrainingExecutor;

/** {@code ```widget backprop-stepper}: no configuration keys. */
@org.springframework.stereotype.Component
class BackpropStepperFactory implements WidgetFactory {

    private final TrainingExecutor executor;

    BackpropStepperFactory(TrainingExecutor executor) {
        this.executor = executor;
    }

    @Override
    public String name() {
        return "backprop-stepper";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new BackpropStepper(new BackpropStepperModel(), executor, () -> {});
    }
}

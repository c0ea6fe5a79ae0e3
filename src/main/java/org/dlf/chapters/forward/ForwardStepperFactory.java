package org.dlf.chapters.forward;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;

/** {@code ```widget forward-stepper}: no configuration keys. */
@org.springframework.stereotype.Component
class ForwardStepperFactory implements WidgetFactory {

    @Override
    public String name() {
        return "forward-stepper";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new ForwardStepper(new ForwardStepperModel(), () -> {});
    }
}

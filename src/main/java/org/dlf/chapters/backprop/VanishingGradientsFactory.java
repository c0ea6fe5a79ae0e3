package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;

/** {@code ```widget vanishing-gradients}: no configuration keys; six hidden layers, seed 1. */
@org.springframework.stereotype.Component
class VanishingGradientsFactory implements WidgetFactory {

    @Override
    public String name() {
        return "vanishing-gradients";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new VanishingGradients();
    }
}

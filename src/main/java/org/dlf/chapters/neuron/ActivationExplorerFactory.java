package org.dlf.chapters.neuron;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;

/** {@code ```widget activation-explorer}: no configuration keys. */
@org.springframework.stereotype.Component
class ActivationExplorerFactory implements WidgetFactory {

    @Override
    public String name() {
        return "activation-explorer";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new ActivationExplorer();
    }
}

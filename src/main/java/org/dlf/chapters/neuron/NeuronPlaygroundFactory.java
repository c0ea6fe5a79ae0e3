package org.dlf.chapters.neuron;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.WidgetLink;

/** {@code ```widget neuron-playground}: no configuration keys; starts at the chapter's worked example. */
@org.springframework.stereotype.Component
class NeuronPlaygroundFactory implements WidgetFactory {

    @Override
    public String name() {
        return "neuron-playground";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        NeuronPlaygroundModel model = new NeuronPlaygroundModel();
        link.restore(
                NeuronPlaygroundState.CODEC, model, NeuronPlaygroundState.CODEC.encode(new NeuronPlaygroundModel()));
        return new NeuronPlayground(model, link::changed);
    }
}

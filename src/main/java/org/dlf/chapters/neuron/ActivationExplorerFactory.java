package org.dlf.chapters.neuron;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.StateFields;
import org.dlf.chapters.share.WidgetLink;

/** {@code ```widget activation-explorer}: no configuration keys. */
@org.springframework.stereotype.Component
class ActivationExplorerFactory implements WidgetFactory {

    static final StateCodec<ActivationExplorerModel> CODEC = StateFields.<ActivationExplorerModel>of()
            .args(ActivationExplorerModel.X_MIN, ActivationExplorerModel.X_MAX)
            .choice(
                    "f",
                    "activation.function",
                    ActivationExplorerModel.FUNCTIONS,
                    ActivationExplorerModel::activation,
                    ActivationExplorerModel::setActivation)
            .flag("d", "activation.show-derivative", ActivationExplorerModel::showDerivative, (m, on) -> {
                m.setShowDerivative(on);
                return Optional.empty();
            })
            .number("x", "activation.x", ActivationExplorerModel::x, ActivationExplorerModel::setX);

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
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    /**
     * Settings in a link: the function {@code f}, the derivative {@code d} ({@code on}/{@code off}) and the
     * marker's input {@code x} (−6 … 6), each checked by the model as the controls are.
     */
    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        ActivationExplorerModel model = new ActivationExplorerModel();
        link.restore(CODEC, model, CODEC.encode(new ActivationExplorerModel()));
        return new ActivationExplorer(model, link::changed);
    }
}

package org.dlf.chapters.forward;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.WidgetLink;
import org.dlf.chapters.stepper.StepperState;

/** {@code ```widget forward-stepper}: no configuration keys. */
@org.springframework.stereotype.Component
class ForwardStepperFactory implements WidgetFactory {

    /** Settings in a link: the inputs, weights, biases and targets by symbol, and the step shown. */
    static final StateCodec<ForwardStepperModel> CODEC =
            StepperState.codec(new ForwardStepperModel().editable(), ForwardStepperModel.STEPS);

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
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        ForwardStepperModel model = new ForwardStepperModel();
        link.restore(CODEC, model, CODEC.encode(new ForwardStepperModel()));
        return new ForwardStepper(model, link::changed);
    }
}

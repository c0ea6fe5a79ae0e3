package org.dlf.chapters.backprop;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.WidgetLink;
import org.dlf.chapters.stepper.StepperState;
import org.dlf.training.TrainingExecutor;

/** {@code ```widget backprop-stepper}: no configuration keys. */
@org.springframework.stereotype.Component
class BackpropStepperFactory implements WidgetFactory {

    /**
     * Settings in a link: the inputs, weights, biases, targets and η by symbol, the step shown, and {@code n},
     * the steps "train n steps" runs.
     */
    static final StateCodec<BackpropStepperModel> CODEC = codec();

    private final TrainingExecutor executor;

    BackpropStepperFactory(TrainingExecutor executor) {
        this.executor = executor;
    }

    private static StateCodec<BackpropStepperModel> codec() {
        return StepperState.<BackpropStepperModel>codec(
                        new BackpropStepperModel().editable(), BackpropStepperModel.STEPS)
                .integer(
                        "n",
                        "backprop.train.title",
                        List.of(BackpropTraining.MIN_STEPS, BackpropTraining.MAX_STEPS),
                        m -> (long) m.trainSteps(),
                        (m, n) -> m.setTrainSteps(n.intValue()));
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
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        BackpropStepperModel model = new BackpropStepperModel();
        link.restore(CODEC, model, CODEC.encode(new BackpropStepperModel()));
        return new BackpropStepper(model, executor, link::changed);
    }
}

package org.dlf.chapters.mlp;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.training.TrainingExecutor;
import org.springframework.context.ApplicationEventPublisher;

/** {@code ```widget mlp-trainer}: no configuration keys; a teacher may lock its main settings. */
@org.springframework.stereotype.Component
class MlpTrainerFactory implements WidgetFactory, LockableWidget {

    private final TrainingExecutor executor;
    private final ApplicationEventPublisher events;

    MlpTrainerFactory(TrainingExecutor executor, ApplicationEventPublisher events) {
        this.executor = executor;
        this.events = events;
    }

    @Override
    public String name() {
        return MlpTrainerModel.WIDGET;
    }

    @Override
    public String messagePrefix() {
        return "mlp";
    }

    @Override
    public List<LockableParameter> lockable() {
        return MlpLocks.LOCKABLE;
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return create(config, ParameterLocks.NONE);
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks) {
        MlpTrainerModel model = new MlpTrainerModel();
        List<org.dlf.engine.ConfigViolation> problems = model.lock(locks);
        return new MlpTrainerWidget(
                model,
                executor,
                events,
                () -> ThreadLocalRandom.current().nextLong(MlpSettings.MAX_SEED + 1),
                problems);
    }
}

package org.dlf.chapters.mlp;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.WidgetLink;
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
        return create(config, locks, WidgetLink.none());
    }

    /** The teacher's locks first, then a link's state ({@link MlpLink}), through which a lock still wins. */
    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        MlpTrainerModel model = new MlpTrainerModel();
        List<org.dlf.engine.ConfigViolation> problems = model.lock(locks);
        AtomicBoolean restored = new AtomicBoolean(); // the URL follows the widget once the link is read
        MlpTrainerWidget widget = new MlpTrainerWidget(
                model,
                executor,
                events,
                () -> ThreadLocalRandom.current().nextLong(MlpSettings.MAX_SEED + 1),
                problems,
                () -> {
                    if (restored.get()) {
                        link.changed();
                    }
                });
        link.restore(MlpLink.CODEC, widget, MlpLink.CODEC.encode(widget));
        restored.set(true);
        return widget;
    }
}

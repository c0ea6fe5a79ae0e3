package org.dlf.chapters.perceptron;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.WidgetLink;
import org.dlf.training.TrainingExecutor;

/**
 * {@code ```widget perceptron-trainer}: keys {@code dataset} (AND, OR, NAND, XOR, BLOBS; default OR) and
 * {@code learningRate} (0.001–1; default 0.5). A bad value is reported in the widget, which keeps the default.
 * A teacher may lock the data set, learning rate, start and seed.
 */
@org.springframework.stereotype.Component
class PerceptronTrainerFactory implements WidgetFactory, LockableWidget {

    private final TrainingExecutor executor;

    PerceptronTrainerFactory(TrainingExecutor executor) {
        this.executor = executor;
    }

    @Override
    public String name() {
        return PerceptronTrainerModel.WIDGET;
    }

    @Override
    public String messagePrefix() {
        return "perceptron";
    }

    @Override
    public List<LockableParameter> lockable() {
        return PerceptronLocks.LOCKABLE;
    }

    @Override
    public Set<String> configKeys() {
        return Set.of("dataset", "learningRate");
    }

    @Override
    public Component create(Map<String, String> config) {
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks) {
        return create(config, locks, WidgetLink.none());
    }

    /** The content's configuration first, then the teacher's locks on top of it, then a link's settings. */
    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        Optional<String> problem = setUp(model, config, locks, link);
        return new PerceptronTrainerWidget(model, executor, problem, link::changed);
    }

    /** The model as the widget starts: configured, locked, then the link's settings; the first problem, if any. */
    static Optional<String> setUp(
            PerceptronTrainerModel model, Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        Optional<String> problem = configure(model, config);
        Map<String, String> start = PerceptronState.CODEC.encode(model);
        Optional<String> locked = model.lock(locks);
        link.restore(PerceptronState.CODEC, model, start);
        return problem.or(() -> locked);
    }

    /** Applies the block's configuration; the first problem, if any, as a message key. */
    static Optional<String> configure(PerceptronTrainerModel model, Map<String, String> config) {
        Optional<String> problem = Optional.empty();
        String dataset = config.get("dataset");
        if (dataset != null) {
            try {
                PerceptronPoints.Choice choice =
                        PerceptronPoints.Choice.valueOf(dataset.trim().toUpperCase(Locale.ROOT));
                problem = choice == PerceptronPoints.Choice.CUSTOM
                        ? Optional.of("perceptron.error.config")
                        : model.setDataset(choice);
            } catch (IllegalArgumentException e) {
                problem = Optional.of("perceptron.error.config");
            }
        }
        String rate = config.get("learningRate");
        if (rate != null && problem.isEmpty()) {
            try {
                problem = model.apply(model.settings().edit().learningRate(Double.parseDouble(rate.trim())));
            } catch (NumberFormatException e) {
                problem = Optional.of("perceptron.error.config");
            }
            problem = problem.map(k -> "perceptron.error.config");
        }
        return problem;
    }
}

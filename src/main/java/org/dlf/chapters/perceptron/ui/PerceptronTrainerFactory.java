package org.dlf.chapters.perceptron.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dlf.chapters.ui.WidgetFactory;
import org.dlf.training.TrainingExecutor;

/**
 * {@code ```widget perceptron-trainer}: keys {@code dataset} (AND, OR, NAND, XOR, BLOBS; default OR) and
 * {@code learningRate} (0.001–1; default 0.5). A bad value is reported in the widget, which keeps the default.
 */
@org.springframework.stereotype.Component
class PerceptronTrainerFactory implements WidgetFactory {

    private final TrainingExecutor executor;

    PerceptronTrainerFactory(TrainingExecutor executor) {
        this.executor = executor;
    }

    @Override
    public String name() {
        return "perceptron-trainer";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of("dataset", "learningRate");
    }

    @Override
    public Component create(Map<String, String> config) {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        Optional<String> problem = configure(model, config);
        return new PerceptronTrainerWidget(model, executor, problem);
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
                problem = model.setLearningRate(Double.parseDouble(rate.trim()));
            } catch (NumberFormatException e) {
                problem = Optional.of("perceptron.error.config");
            }
            problem = problem.map(k -> "perceptron.error.config");
        }
        return problem;
    }
}

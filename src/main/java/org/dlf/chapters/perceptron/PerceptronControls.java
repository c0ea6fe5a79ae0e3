package org.dlf.chapters.perceptron;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dlf.assignment.ParameterLocks;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.chapters.LockedField;
import org.dlf.chapters.perceptron.PerceptronPoints.Choice;

/**
 * The perceptron trainer's settings form: every change puts all its values into one {@link PerceptronSettings}
 * that the model validates. While a value the model refused is in the form, {@link #problem()} names it and
 * the widget refuses to train.
 */
class PerceptronControls extends Composite<Div> {

    private final PerceptronTrainerModel model;
    private final Consumer<Optional<String>> changed;
    private final Consumer<Optional<String>> problem;
    final ItemSelect<Choice> dataset = new ItemSelect<>();
    final NumberInput learningRate = new NumberInput();
    final ItemRadioGroup<Boolean> start = new ItemRadioGroup<>();
    final IntegerInput seed = new IntegerInput();
    final Checkbox errorOn = new Checkbox();
    final NumberInput errorEpsilon = new NumberInput();
    final Checkbox weightOn = new Checkbox();
    final NumberInput weightEpsilon = new NumberInput();
    final IntegerInput consecutive = new IntegerInput();
    final IntegerInput maxEpochs = new IntegerInput();
    final ItemRadioGroup<Boolean> clickClass = new ItemRadioGroup<>();
    /** The message key of what the model refused of the values in the form, if any. */
    private Optional<String> refused = Optional.empty();

    PerceptronControls(
            PerceptronTrainerModel model, Consumer<Optional<String>> changed, Consumer<Optional<String>> problem) {
        this.model = model;
        this.changed = changed;
        this.problem = problem;
        dataset.setId("perceptron-dataset");
        dataset.setItems(Choice.values());
        showDataset();
        dataset.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(model.setDataset(e.getValue()));
            }
        });
        PerceptronSettings settings = model.settings();
        learningRate.setId("perceptron-learning-rate");
        learningRate.setMin(PerceptronSettings.MIN_LEARNING_RATE);
        learningRate.setMax(PerceptronSettings.MAX_LEARNING_RATE);
        learningRate.setValue(settings.learningRate());
        start.setId("perceptron-start");
        start.setItems(false, true);
        start.setValue(settings.randomStart());
        seed.setId("perceptron-seed");
        seed.setMin(0);
        seed.setMax((int) PerceptronSettings.MAX_SEED);
        seed.setValue((int) settings.seed());
        errorOn.setId("perceptron-error-rule");
        errorOn.setValue(!Double.isNaN(settings.errorEpsilon()));
        errorEpsilon.setId("perceptron-error-epsilon");
        errorEpsilon.setValue(Double.isNaN(settings.errorEpsilon()) ? 0.001 : settings.errorEpsilon());
        weightOn.setId("perceptron-weight-rule");
        weightOn.setValue(!Double.isNaN(settings.weightEpsilon()));
        weightEpsilon.setId("perceptron-weight-epsilon");
        weightEpsilon.setValue(Double.isNaN(settings.weightEpsilon()) ? 0.001 : settings.weightEpsilon());
        consecutive.setId("perceptron-consecutive");
        consecutive.setMin(1);
        consecutive.setMax(PerceptronSettings.MAX_CONSECUTIVE);
        consecutive.setValue(settings.consecutive());
        maxEpochs.setId("perceptron-max-epochs");
        maxEpochs.setMin(1);
        maxEpochs.setMax(PerceptronSettings.MAX_EPOCHS);
        maxEpochs.setValue(settings.maxEpochs());
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {
            learningRate, start, seed, errorOn, errorEpsilon, weightOn, weightEpsilon, consecutive, maxEpochs
        }) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    settingsChanged();
                }
            });
        }
        clickClass.setId("perceptron-click-class");
        clickClass.setItems(true, false);
        clickClass.setValue(true);
        markLocked(model.locks());
        Div data = new Div(dataset, learningRate, start, seed);
        data.addClassName("widget-controls");
        Div rules = new Div(errorOn, errorEpsilon, weightOn, weightEpsilon, consecutive, maxEpochs);
        rules.addClassNames("widget-controls", "stopping-rules");
        getContent().add(data, rules, clickClass);
    }

    /** Locked controls are read-only with a note; with a locked data set, clicks add no points either. */
    private void markLocked(ParameterLocks locks) {
        if (locks.locked(PerceptronLocks.DATASET)) {
            LockedField.mark(dataset);
            clickClass.setVisible(false);
        }
        if (locks.locked(PerceptronLocks.LEARNING_RATE)) LockedField.mark(learningRate);
        if (locks.locked(PerceptronLocks.START_MODE)) LockedField.mark(start);
        if (locks.locked(PerceptronLocks.SEED)) LockedField.mark(seed);
    }

    boolean clickPositive() {
        return !Boolean.FALSE.equals(clickClass.getValue());
    }

    /** What the model refused of the form's values (empty: the form shows the settings in use). */
    Optional<String> refusal() {
        return refused;
    }

    /** Shows the data set in use (a click makes it "custom"). */
    void showDataset() {
        dataset.setValue(model.points().choice());
    }

    private void settingsChanged() {
        Double e = errorEpsilon.getValue();
        Double w = weightEpsilon.getValue();
        Double rate = learningRate.getValue();
        Integer s = seed.getValue();
        Integer k = consecutive.getValue();
        Integer m = maxEpochs.getValue();
        if (rate == null) {
            refused = Optional.of("perceptron.error.learning-rate");
        } else if (s == null) {
            refused = Optional.of("perceptron.error.seed");
        } else if (k == null || m == null || (errorOn.getValue() && e == null) || (weightOn.getValue() && w == null)) {
            refused = Optional.of("perceptron.error.stopping");
        } else {
            refused = model.apply(model.settings()
                    .edit()
                    .learningRate(rate)
                    .start(Boolean.TRUE.equals(start.getValue()), s)
                    .stopping(errorOn.getValue() ? e : Double.NaN, weightOn.getValue() ? w : Double.NaN, k, m));
            if (refused.isEmpty()) {
                changed.accept(refused);
                return;
            }
        }
        problem.accept(refused);
    }

    void translate() {
        dataset.setLabel(getTranslation("perceptron.dataset"));
        dataset.setItemLabelGenerator(
                c -> getTranslation("perceptron.dataset." + c.name().toLowerCase(Locale.ROOT)));
        learningRate.setLabel(getTranslation("perceptron.learning-rate"));
        start.setLabel(getTranslation("perceptron.start"));
        start.setItemLabelGenerator(r -> getTranslation(r ? "perceptron.start.random" : "perceptron.start.zero"));
        seed.setLabel(getTranslation("perceptron.seed"));
        errorOn.setLabel(getTranslation("perceptron.rule.error"));
        errorEpsilon.setLabel(getTranslation("perceptron.rule.error-epsilon"));
        weightOn.setLabel(getTranslation("perceptron.rule.weight"));
        weightEpsilon.setLabel(getTranslation("perceptron.rule.weight-epsilon"));
        consecutive.setLabel(getTranslation("perceptron.rule.consecutive"));
        maxEpochs.setLabel(getTranslation("perceptron.rule.max"));
        clickClass.setLabel(getTranslation("perceptron.click-class"));
        clickClass.setItemLabelGenerator(
                p -> getTranslation(p ? "perceptron.class-positive" : "perceptron.class-negative"));
    }
}

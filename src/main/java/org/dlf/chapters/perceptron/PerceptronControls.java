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

/** The perceptron trainer's settings; every change goes through the model, which validates it. */
class PerceptronControls extends Composite<Div> {

    private final PerceptronTrainerModel model;
    private final Consumer<Optional<String>> changed;
    private final Consumer<Optional<String>> problem;
    final ItemSelect<Choice> dataset = new ItemSelect<>();
    final NumberInput learningRate = new NumberInput();
    final ItemRadioGroup<Boolean> start = new ItemRadioGroup<>();
    final IntegerInput seed = new IntegerInput();
    final ItemSelect<PerceptronSpeed> speed = new ItemSelect<>();
    final Checkbox errorOn = new Checkbox();
    final NumberInput errorEpsilon = new NumberInput();
    final Checkbox weightOn = new Checkbox();
    final NumberInput weightEpsilon = new NumberInput();
    final IntegerInput consecutive = new IntegerInput();
    final IntegerInput maxEpochs = new IntegerInput();
    final ItemRadioGroup<Boolean> clickClass = new ItemRadioGroup<>();

    PerceptronControls(
            PerceptronTrainerModel model,
            Consumer<Optional<String>> changed,
            Consumer<Optional<String>> problem,
            Runnable speedChanged) {
        this.model = model;
        this.changed = changed;
        this.problem = problem;
        dataset.setId("perceptron-dataset");
        dataset.setItems(Choice.values());
        dataset.setValue(model.points().choice());
        dataset.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.accept(model.setDataset(e.getValue()));
            }
        });
        learningRate.setId("perceptron-learning-rate");
        learningRate.setMin(PerceptronTrainerModel.MIN_LEARNING_RATE);
        learningRate.setMax(PerceptronTrainerModel.MAX_LEARNING_RATE);
        learningRate.setValue(model.learningRate());
        learningRate.addValueChangeListener(
                e -> changed.accept(model.setLearningRate(e.getValue() == null ? Double.NaN : e.getValue())));
        start.setId("perceptron-start");
        start.setItems(false, true);
        start.setValue(model.randomStart());
        seed.setId("perceptron-seed");
        seed.setMin(0);
        seed.setMax((int) PerceptronTrainerModel.MAX_SEED);
        seed.setValue((int) model.seed());
        start.addValueChangeListener(e -> startChanged());
        seed.addValueChangeListener(e -> startChanged());
        speed.setId("perceptron-speed");
        speed.setItems(PerceptronSpeed.values());
        speed.setValue(model.speed());
        speed.addValueChangeListener(e -> {
            model.setSpeed(e.getValue());
            speedChanged.run();
        });
        errorOn.setId("perceptron-error-rule");
        errorOn.setValue(!Double.isNaN(model.errorEpsilon()));
        errorEpsilon.setId("perceptron-error-epsilon");
        errorEpsilon.setValue(Double.isNaN(model.errorEpsilon()) ? 0.001 : model.errorEpsilon());
        weightOn.setId("perceptron-weight-rule");
        weightOn.setValue(!Double.isNaN(model.weightEpsilon()));
        weightEpsilon.setId("perceptron-weight-epsilon");
        weightEpsilon.setValue(Double.isNaN(model.weightEpsilon()) ? 0.001 : model.weightEpsilon());
        consecutive.setId("perceptron-consecutive");
        consecutive.setMin(1);
        consecutive.setMax(PerceptronStopping.MAX_CONSECUTIVE);
        consecutive.setValue(model.consecutive());
        maxEpochs.setId("perceptron-max-epochs");
        maxEpochs.setMin(1);
        maxEpochs.setMax(PerceptronStopping.MAX_EPOCHS);
        maxEpochs.setValue(model.maxEpochs());
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {
            errorOn, errorEpsilon, weightOn, weightEpsilon, consecutive, maxEpochs
        }) {
            field.addValueChangeListener(e -> stoppingChanged());
        }
        clickClass.setId("perceptron-click-class");
        clickClass.setItems(true, false);
        clickClass.setValue(true);
        markLocked(model.locks());
        Div data = new Div(dataset, learningRate, start, seed, speed);
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

    private void startChanged() {
        Integer s = seed.getValue();
        changed.accept(
                s == null
                        ? Optional.of("perceptron.error.seed")
                        : model.setStart(Boolean.TRUE.equals(start.getValue()), s));
    }

    private void stoppingChanged() {
        Double e = errorEpsilon.getValue();
        Double w = weightEpsilon.getValue();
        Integer k = consecutive.getValue();
        Integer m = maxEpochs.getValue();
        if (k == null || m == null || (errorOn.getValue() && e == null) || (weightOn.getValue() && w == null)) {
            problem.accept(Optional.of("perceptron.error.stopping"));
            return;
        }
        changed.accept(
                model.setStopping(errorOn.getValue() ? e : Double.NaN, weightOn.getValue() ? w : Double.NaN, k, m));
    }

    void translate() {
        dataset.setLabel(getTranslation("perceptron.dataset"));
        dataset.setItemLabelGenerator(
                c -> getTranslation("perceptron.dataset." + c.name().toLowerCase(Locale.ROOT)));
        learningRate.setLabel(getTranslation("perceptron.learning-rate"));
        start.setLabel(getTranslation("perceptron.start"));
        start.setItemLabelGenerator(r -> getTranslation(r ? "perceptron.start.random" : "perceptron.start.zero"));
        seed.setLabel(getTranslation("perceptron.seed"));
        speed.setLabel(getTranslation("perceptron.speed"));
        speed.setItemLabelGenerator(
                s -> getTranslation("perceptron.speed." + s.name().toLowerCase(Locale.ROOT)));
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

package org.dlf.chapters.mlp;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dlf.assignment.ParameterLocks;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.base.ui.component.NumberInput;
import org.dlf.base.ui.component.Numbers;
import org.dlf.chapters.LockedField;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Limits;

/**
 * The MLP trainer's settings form; the model validates every change (one {@link MlpSettings}). While a value
 * the model refused is in the form, the form is not valid: {@link #problems()} names it, and the widget
 * refuses to train (it would train with values the form no longer shows).
 */
class MlpControls extends Composite<Div> {

    private final MlpTrainerModel model;
    final ItemSelect<MlpData.Choice> dataset = new ItemSelect<>();
    final NumberInput noise = new NumberInput();
    final IntegerInput testPercent = new IntegerInput();
    final IntegerInput layers = new IntegerInput();
    final IntegerInput neurons = new IntegerInput();
    final ItemSelect<Activation> activation = new ItemSelect<>();
    final NumberInput learningRate = new NumberInput();
    final IntegerInput batch = new IntegerInput();
    final IntegerInput seed = new IntegerInput();
    final ItemSelect<MlpSettings.Start> start = new ItemSelect<>();
    final IntegerInput budget = new IntegerInput();
    final ItemRadioGroup<Boolean> clickClass = new ItemRadioGroup<>();
    /** What the model refused of the values in the form (empty: the form shows the settings in use). */
    private List<ConfigViolation> problems = List.of();

    MlpControls(
            MlpTrainerModel model,
            Consumer<Optional<String>> datasetChanged,
            Consumer<List<ConfigViolation>> settingsChanged) {
        this.model = model;
        dataset.setId("mlp-dataset");
        dataset.setItems(MlpData.Choice.values());
        dataset.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                datasetChanged.accept(model.setDataset(e.getValue()));
            }
        });
        activation.setId("mlp-activation");
        activation.setItems(MlpSettings.ACTIVATIONS);
        start.setId("mlp-start");
        start.setItems(MlpSettings.Start.values());
        field(noise, "mlp-noise", Limits.MIN_NOISE, Limits.MAX_NOISE, 0.05);
        field(learningRate, "mlp-learning-rate", Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE, 0);
        field(testPercent, "mlp-test", 0, (int) (Limits.MAX_TEST_FRACTION * 100));
        field(layers, "mlp-layers", Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS);
        field(neurons, "mlp-neurons", Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER);
        field(batch, "mlp-batch", Limits.MIN_BATCH_SIZE, MlpData.MAX_POINTS);
        field(seed, "mlp-seed", 0, (int) MlpSettings.MAX_SEED);
        field(budget, "mlp-budget", Limits.MIN_EPOCHS, Limits.MAX_EPOCHS);
        show(model.settings());
        for (HasValue<?, ?> f : new HasValue<?, ?>[] {
            noise, testPercent, layers, neurons, activation, learningRate, batch, seed, start, budget
        }) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    problems = apply();
                    settingsChanged.accept(problems);
                }
            });
        }
        clickClass.setId("mlp-click-class");
        clickClass.setItems(true, false);
        clickClass.setValue(true);
        markLocked(model.locks());
        Div data = new Div(dataset, noise, testPercent, clickClass);
        data.addClassName("widget-controls");
        Div net = new Div(layers, neurons, activation, learningRate, batch, seed, start, budget);
        net.addClassName("widget-controls");
        getContent().add(data, net);
    }

    private List<ConfigViolation> apply() {
        if (noise.getValue() == null
                || testPercent.getValue() == null
                || layers.getValue() == null
                || neurons.getValue() == null
                || learningRate.getValue() == null
                || batch.getValue() == null
                || seed.getValue() == null
                || budget.getValue() == null) {
            return List.of(new ConfigViolation("form", "config.required"));
        }
        return model.apply(model.settings()
                .edit()
                .hiddenLayers(layers.getValue())
                .neuronsPerLayer(neurons.getValue())
                .activation(activation.getValue())
                .learningRate(learningRate.getValue())
                .batchSize(batch.getValue())
                .noise(noise.getValue())
                .testFraction(testPercent.getValue() / 100.0)
                .seed(seed.getValue())
                .start(start.getValue())
                .epochBudget(budget.getValue()));
    }

    /** Why the form cannot be trained as it is (empty when it shows the settings in use). */
    List<ConfigViolation> problems() {
        return problems;
    }

    /** Shows the settings in use (and the model's data set); the form is valid again. */
    void show(MlpSettings s) {
        problems = List.of();
        dataset.setValue(model.data().choice());
        noise.setValue(s.noise());
        testPercent.setValue((int) Math.round(s.testFraction() * 100));
        layers.setValue(s.hiddenLayers());
        neurons.setValue(s.neuronsPerLayer());
        activation.setValue(s.activation());
        learningRate.setValue(s.learningRate());
        batch.setValue(s.batchSize());
        seed.setValue((int) s.seed());
        start.setValue(s.start());
        budget.setValue(s.epochBudget());
    }

    /** Locked controls are read-only with a note; with a locked data set, clicks add no points either. */
    private void markLocked(ParameterLocks locks) {
        if (locks.locked(MlpLocks.DATASET)) {
            LockedField.mark(dataset);
            clickClass.setVisible(false);
        }
        if (locks.locked(MlpLocks.LEARNING_RATE)) LockedField.mark(learningRate);
        if (locks.locked(MlpLocks.SEED)) LockedField.mark(seed);
        if (locks.locked(MlpLocks.HIDDEN_LAYERS)) LockedField.mark(layers);
        if (locks.locked(MlpLocks.NEURONS)) LockedField.mark(neurons);
        if (locks.locked(MlpLocks.ACTIVATION)) LockedField.mark(activation);
        if (locks.locked(MlpLocks.BATCH)) LockedField.mark(batch);
    }

    boolean clickPositive() {
        return !Boolean.FALSE.equals(clickClass.getValue());
    }

    private static void field(NumberInput f, String id, double min, double max, double step) {
        f.setId(id);
        f.setMin(min);
        f.setMax(max);
        if (step > 0) {
            f.setStep(step);
        }
    }

    private static void field(IntegerInput f, String id, int min, int max) {
        f.setId(id);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
    }

    void translate() {
        dataset.setLabel(getTranslation("mlp.dataset"));
        dataset.setItemLabelGenerator(
                c -> getTranslation("mlp.dataset." + c.name().toLowerCase(Locale.ROOT)));
        activation.setLabel(getTranslation("mlp.activation"));
        activation.setItemLabelGenerator(
                a -> getTranslation("mlp.activation." + a.name().toLowerCase(Locale.ROOT)));
        start.setLabel(getTranslation("mlp.start"));
        start.setItemLabelGenerator(s -> getTranslation(
                "mlp.start." + s.name().toLowerCase(Locale.ROOT), Numbers.significant(MlpSettings.EQUAL_WEIGHT, 3)));
        noise.setLabel(getTranslation("mlp.noise"));
        testPercent.setLabel(getTranslation("mlp.test"));
        layers.setLabel(getTranslation("mlp.layers"));
        neurons.setLabel(getTranslation("mlp.neurons"));
        learningRate.setLabel(getTranslation("mlp.learning-rate"));
        batch.setLabel(getTranslation("mlp.batch"));
        seed.setLabel(getTranslation("mlp.seed"));
        budget.setLabel(getTranslation("mlp.budget"));
        clickClass.setLabel(getTranslation("mlp.click-class"));
        clickClass.setItemLabelGenerator(p -> getTranslation(p ? "mlp.class-positive" : "mlp.class-negative"));
    }
}

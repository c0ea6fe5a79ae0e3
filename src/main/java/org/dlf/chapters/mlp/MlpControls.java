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
import org.dlf.chapters.LockedField;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Limits;

/** The MLP trainer's settings; the model validates every change against the engine's limits. */
class MlpControls extends Composite<Div> {

    static final List<Activation> ACTIVATIONS = MlpSettings.ACTIVATIONS;

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
    final IntegerInput budget = new IntegerInput();
    final ItemRadioGroup<Boolean> clickClass = new ItemRadioGroup<>();

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
                show(model.settings());
            }
        });
        activation.setId("mlp-activation");
        activation.setItems(ACTIVATIONS);
        field(noise, "mlp-noise", Limits.MIN_NOISE, Limits.MAX_NOISE, 0.05);
        field(learningRate, "mlp-learning-rate", Limits.MIN_LEARNING_RATE, Limits.MAX_LEARNING_RATE, 0);
        field(testPercent, "mlp-test", 0, (int) (Limits.MAX_TEST_FRACTION * 100));
        field(layers, "mlp-layers", Limits.MIN_HIDDEN_LAYERS, Limits.MAX_HIDDEN_LAYERS);
        field(neurons, "mlp-neurons", Limits.MIN_NEURONS_PER_LAYER, Limits.MAX_NEURONS_PER_LAYER);
        field(batch, "mlp-batch", Limits.MIN_BATCH_SIZE, MlpData.MAX_POINTS);
        field(seed, "mlp-seed", 0, (int) MlpSettings.MAX_SEED);
        field(budget, "mlp-budget", Limits.MIN_EPOCHS, Limits.MAX_EPOCHS);
        show(model.settings());
        for (HasValue<?, ?> f :
                new HasValue<?, ?>[] {noise, testPercent, layers, neurons, activation, learningRate, batch, seed, budget
                }) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    settingsChanged.accept(apply());
                }
            });
        }
        clickClass.setId("mlp-click-class");
        clickClass.setItems(true, false);
        clickClass.setValue(true);
        markLocked(model.locks());
        Div data = new Div(dataset, noise, testPercent, clickClass);
        data.addClassName("widget-controls");
        Div net = new Div(layers, neurons, activation, learningRate, batch, seed, budget);
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
        return model.apply(new MlpSettings(
                layers.getValue(),
                neurons.getValue(),
                activation.getValue(),
                learningRate.getValue(),
                batch.getValue(),
                noise.getValue(),
                testPercent.getValue() / 100.0,
                seed.getValue(),
                budget.getValue()));
    }

    void show(MlpSettings s) {
        dataset.setValue(model.data().choice());
        noise.setValue(s.noise());
        testPercent.setValue((int) Math.round(s.testFraction() * 100));
        layers.setValue(s.hiddenLayers());
        neurons.setValue(s.neuronsPerLayer());
        activation.setValue(s.activation());
        learningRate.setValue(s.learningRate());
        batch.setValue(s.batchSize());
        seed.setValue((int) s.seed());
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

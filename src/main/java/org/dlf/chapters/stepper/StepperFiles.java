package org.dlf.chapters.stepper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.share.ExportBar;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.NetworkJson;
import org.dlf.chapters.share.Problem;
import org.dlf.chapters.share.UrlText;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.dlf.engine.Activation;
import org.dlf.engine.Network;
import org.jspecify.annotations.Nullable;

/**
 * The steppers' 2-2-2 network in a {@link NetworkFile} and back: sigmoid layers with w1…w8 as weights,
 * b1 and b2 as each layer's (shared) bias, the inputs and targets as the sample, and η where the stepper
 * has one. An import must have that shape and numbers within the fields' bounds; it is taken whole or not
 * at all.
 */
public final class StepperFiles {

    private static final String SIGMOID = NetworkJson.activation(Activation.SIGMOID);

    private StepperFiles() {}

    /** The stepper's numbers and its eleven steps (the one shown included). */
    public static NetworkFile export(EditableStepper model, String widget) {
        WorkedValues v = model.values();
        List<NetworkFile.Step> steps = new ArrayList<>();
        for (int i = 0; i < model.stepCount(); i++) {
            NetworkStep s = model.all().get(i);
            steps.add(new NetworkFile.Step(i + 1, s.symbol(), s.value(), s.tex()));
        }
        return new NetworkFile(
                widget,
                2,
                layers(v.network().parameters()),
                new NetworkFile.Sample(v.input(), v.target()),
                model.editable().contains(Param.ETA) ? v.learningRate() : null,
                null,
                new NetworkFile.Trace(model.step(), steps));
    }

    /** Download links for the stepper's numbers and steps (JSON, weights CSV, steps CSV). */
    public static ExportBar exportBar(EditableStepper model, String prefix, String widget) {
        return new ExportBar(
                prefix,
                widget,
                "share.export.stepper",
                () -> export(model, widget),
                ExportBar.Part.WEIGHTS,
                ExportBar.Part.STEPS);
    }

    /** A trained 2-2-2 network (from the stepper's numbers) with its loss history. */
    public static NetworkFile trained(
            String widget, WorkedValues start, Network.Parameters trained, NetworkFile.@Nullable Table history) {
        return new NetworkFile(
                widget,
                2,
                layers(trained),
                new NetworkFile.Sample(start.input(), start.target()),
                start.learningRate(),
                history,
                null);
    }

    private static List<NetworkFile.Layer> layers(Network.Parameters p) {
        List<NetworkFile.Layer> layers = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            double[] w = p.weights()[l];
            layers.add(
                    new NetworkFile.Layer(SIGMOID, new double[][] {{w[0], w[1]}, {w[2], w[3]}}, p.biases()[l].clone()));
        }
        return layers;
    }

    /** Puts a file's numbers into the stepper, or says why not (and changes nothing). */
    public static Optional<Problem> load(EditableStepper model, NetworkFile file) {
        if (!file.shape().equals("2-2-2")) {
            return Optional.of(Problem.of("share.file.wrong-shape", file.shape(), "2-2-2"));
        }
        Map<Param, Double> values = new EnumMap<>(Param.class);
        for (int l = 0; l < 2; l++) {
            NetworkFile.Layer layer = file.layers().get(l);
            if (!layer.activation().equals(SIGMOID)) {
                return Optional.of(Problem.of("share.file.wrong-activation", l + 1, layer.activation(), SIGMOID));
            }
            if (layer.biases()[0] != layer.biases()[1]) {
                return Optional.of(Problem.of("share.file.shared-bias", l + 1));
            }
            Param first = l == 0 ? Param.W1 : Param.W5;
            for (int k = 0; k < 4; k++) {
                values.put(Param.values()[first.ordinal() + k], layer.weights()[k / 2][k % 2]);
            }
            values.put(l == 0 ? Param.B1 : Param.B2, layer.biases()[0]);
        }
        if (file.sample() != null) {
            values.put(Param.I1, file.sample().input()[0]);
            values.put(Param.I2, file.sample().input()[1]);
            values.put(Param.T1, file.sample().target()[0]);
            values.put(Param.T2, file.sample().target()[1]);
        }
        if (file.learningRate() != null && model.editable().contains(Param.ETA)) {
            values.put(Param.ETA, file.learningRate());
        }
        return model.setAll(values)
                .map(refused -> Problem.of(
                        "share.file.out-of-range",
                        refused.getKey().label(),
                        UrlText.number(values.get(refused.getKey())),
                        StepTex.text(refused.getKey().min()),
                        StepTex.text(refused.getKey().max())));
    }
}

package org.dlf.chapters.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dlf.chapters.backprop.BackpropStepperModel;
import org.dlf.chapters.forward.ForwardStepperModel;
import org.dlf.chapters.share.NetworkCsv;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.NetworkJson;
import org.dlf.chapters.share.Problem;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.junit.jupiter.api.Test;

/** The steppers' numbers go to a file and come back exactly; a file that does not fit changes nothing. */
class StepperFilesTest {

    private static NetworkFile viaJson(NetworkFile file) {
        NetworkJson.Read read = NetworkJson.read(NetworkJson.write(file).getBytes(StandardCharsets.UTF_8));
        assertThat(read.problem()).isNull();
        return read.file();
    }

    @Test
    void an_export_of_changed_numbers_imports_back_exactly_into_a_fresh_stepper() {
        BackpropStepperModel edited = new BackpropStepperModel();
        edited.set(Param.W3, -1.0 / 3);
        edited.set(Param.B2, 0.123456789012);
        edited.set(Param.I2, 7.5);
        edited.set(Param.T1, 0.25);
        edited.set(Param.ETA, 2.0);
        edited.goTo(4);
        NetworkFile file = StepperFiles.export(edited, "backprop-stepper");
        assertThat(file.trace().shown()).isEqualTo(4);
        assertThat(file.trace().steps()).hasSize(11);
        assertThat(file.learningRate()).isEqualTo(2.0);

        BackpropStepperModel fresh = new BackpropStepperModel();
        assertThat(StepperFiles.load(fresh, viaJson(file))).isEmpty();
        assertThat(fresh.values().all()).isEqualTo(edited.values().all());
        for (int i = 0; i < 11; i++) {
            assertThat(fresh.all().get(i).value()).isEqualTo(edited.all().get(i).value());
        }

        ForwardStepperModel forward = new ForwardStepperModel();
        assertThat(StepperFiles.load(forward, viaJson(file))).isEmpty();
        assertThat(forward.value(Param.W3)).isEqualTo(-1.0 / 3);
        assertThat(forward.value(Param.ETA)).as("the forward pass has no η").isEqualTo(0.5);
        assertThat(StepperFiles.export(forward, "forward-stepper").learningRate())
                .isNull();
    }

    @Test
    void a_trained_network_exports_with_its_loss_history() {
        WorkedValues start = new WorkedValues();
        var network = start.network();
        network.trainSample(start.input(), start.target(), org.dlf.engine.WorkedExample.LOSS, 0.5);
        NetworkFile file = StepperFiles.trained(
                "backprop-stepper",
                start,
                network.parameters(),
                new NetworkFile.Table(List.of("step", "E_total"), List.of(new double[] {0, 0.298371109})));
        assertThat(NetworkCsv.lossHistory(file)).isEqualTo("step,E_total\r\n0,0.298371109\r\n");
        ForwardStepperModel forward = new ForwardStepperModel();
        assertThat(StepperFiles.load(forward, viaJson(file))).isEmpty();
        assertThat(forward.value(Param.W5)).isEqualTo(0.35891647971788465);
    }

    @Test
    void a_file_of_another_shape_activation_or_range_changes_nothing() {
        NetworkFile good = StepperFiles.export(new ForwardStepperModel(), "forward-stepper");
        ForwardStepperModel model = new ForwardStepperModel();
        model.set(Param.W1, 1);

        NetworkFile perceptron = new NetworkFile(
                "perceptron-trainer",
                2,
                List.of(new NetworkFile.Layer("sign", new double[][] {{1, 1}}, new double[] {-1.5})),
                null,
                0.5,
                null,
                null);
        assertThat(StepperFiles.load(model, perceptron)).contains(Problem.of("share.file.wrong-shape", "2-1", "2-2-2"));

        NetworkFile tanh = new NetworkFile(
                "x",
                2,
                List.of(
                        good.layers().get(0),
                        new NetworkFile.Layer("tanh", good.layers().get(1).weights(), new double[] {0.6, 0.6})),
                null,
                null,
                null,
                null);
        assertThat(StepperFiles.load(model, tanh))
                .contains(Problem.of("share.file.wrong-activation", 2, "tanh", "sigmoid"));

        NetworkFile twoBiases = new NetworkFile(
                "x",
                2,
                List.of(
                        new NetworkFile.Layer("sigmoid", good.layers().get(0).weights(), new double[] {0.35, 0.4}),
                        good.layers().get(1)),
                null,
                null,
                null,
                null);
        assertThat(StepperFiles.load(model, twoBiases)).contains(Problem.of("share.file.shared-bias", 1));

        NetworkFile tooLarge = new NetworkFile(
                "x",
                2,
                List.of(
                        new NetworkFile.Layer(
                                "sigmoid", new double[][] {{0.15, 0.2}, {0.25, 20}}, new double[] {0.35, 0.35}),
                        good.layers().get(1)),
                new NetworkFile.Sample(new double[] {0.05, 0.1}, new double[] {0.01, 0.99}),
                null,
                null,
                null);
        assertThat(StepperFiles.load(model, tooLarge))
                .contains(Problem.of("share.file.out-of-range", "w4", "20", "-10", "10"));
        assertThat(model.value(Param.W1)).as("nothing changed").isEqualTo(1);
        assertThat(model.value(Param.W4)).isEqualTo(0.3);
    }
}

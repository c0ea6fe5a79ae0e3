package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.share.NetworkFile;
import org.dlf.chapters.share.NetworkJson;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.Network;
import org.junit.jupiter.api.Test;

/**
 * The MLP trainer's export and import: a trained network goes out as a network file and comes back into a
 * fresh trainer bit for bit, settings included; a file the trainer cannot take is refused and changes nothing.
 */
class MlpFileTest {

    private static MlpTrainerModel trained(int epochs) {
        MlpTrainerModel model = new MlpTrainerModel();
        assertThat(model.apply(model.settings()
                        .edit()
                        .hiddenLayers(2)
                        .neuronsPerLayer(5)
                        .activation(Activation.RELU)
                        .learningRate(0.05)))
                .isEmpty();
        model.trainUntil(Long.MAX_VALUE, epochs);
        assertThat(model.epochs()).isEqualTo(epochs);
        return model;
    }

    private static NetworkFile roundTrip(NetworkFile file) {
        NetworkJson.Read read = NetworkJson.read(NetworkJson.write(file).getBytes(StandardCharsets.UTF_8));
        assertThat(read.problem()).isNull();
        return read.file();
    }

    private static List<ConfigViolation> load(MlpTrainerModel model, NetworkFile file) {
        MlpFile.Shape shape = MlpFile.shape(file);
        assertThat(shape.problem()).isNull();
        return model.load(shape, file);
    }

    @Test
    void a_trained_network_exports_and_imports_back_into_a_fresh_trainer_bit_for_bit() {
        MlpTrainerModel source = trained(40);
        NetworkFile exported = MlpFile.of(source);
        assertThat(exported.lossHistory().columns())
                .containsExactly("epoch", "trainLoss", "testLoss", "trainAccuracy", "testAccuracy");
        assertThat(exported.lossHistory().rows()).hasSize(41); // the start and 40 epochs
        assertThat(exported.lossHistory().rows().getLast()[0]).isEqualTo(40);
        NetworkFile file = roundTrip(exported); // what an import reads (the history is written only)
        assertThat(file.shape()).isEqualTo("2-5-5-1");
        assertThat(file.layers()).extracting(NetworkFile.Layer::activation).containsExactly("relu", "relu", "sigmoid");
        assertThat(file.learningRate()).isEqualTo(0.05);

        MlpTrainerModel target = new MlpTrainerModel();
        assertThat(load(target, file)).isEmpty();

        assertThat(target.settings().hiddenLayers()).isEqualTo(2);
        assertThat(target.settings().neuronsPerLayer()).isEqualTo(5);
        assertThat(target.settings().activation()).isEqualTo(Activation.RELU);
        assertThat(target.settings().learningRate()).isEqualTo(0.05);
        assertThat(target.network().parameters().sameBits(source.network().parameters()))
                .isTrue();
        assertThat(target.snapshot().trainLoss()).isEqualTo(source.snapshot().trainLoss());
        // and it trains on from there
        target.trainUntil(Long.MAX_VALUE, 5);
        assertThat(target.epochs()).isEqualTo(5);
        assertThat(target.network().parameters().sameBits(source.network().parameters()))
                .isFalse();
    }

    @Test
    void a_long_run_exports_a_thinned_history_that_still_imports() {
        MlpTrainerModel model = trained(2000);
        NetworkFile file = MlpFile.of(model);
        List<double[]> rows = file.lossHistory().rows();
        assertThat(rows.size()).isBetween(MlpTrainerModel.HISTORY_ROWS / 2, MlpTrainerModel.HISTORY_ROWS);
        assertThat(rows.getFirst()[0]).isZero();
        assertThat(rows.getLast()[0]).isEqualTo(2000);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isGreaterThan(rows.get(i - 1)[0]);
        }
        byte[] json = NetworkJson.write(file).getBytes(StandardCharsets.UTF_8);
        assertThat(json.length).isLessThan(NetworkJson.MAX_BYTES);
        assertThat(load(new MlpTrainerModel(), roundTrip(file))).isEmpty();
    }

    @Test
    void shapes_the_trainer_cannot_take_are_refused_with_what_it_takes() {
        NetworkFile good = MlpFile.of(trained(3));
        NetworkFile.Layer hidden = good.layers().get(0);
        NetworkFile.Layer out = good.layers().getLast();

        assertThat(MlpFile.shape(withLayers(good, List.of(out))).problem().key())
                .isEqualTo("mlp.import.shape");
        NetworkFile.Layer twoOutputs = new NetworkFile.Layer(
                "sigmoid", new double[][] {out.weights()[0], out.weights()[0]}, new double[] {0, 0});
        assertThat(MlpFile.shape(withLayers(good, List.of(hidden, good.layers().get(1), twoOutputs)))
                        .problem()
                        .args())
                .containsExactly("2-5-5-2", "2-n-…-n-1");
        NetworkFile.Layer tanhOutput = new NetworkFile.Layer("tanh", out.weights(), out.biases());
        assertThat(MlpFile.shape(withLayers(good, List.of(hidden, good.layers().get(1), tanhOutput)))
                        .problem())
                .satisfies(p -> {
                    assertThat(p.key()).isEqualTo("mlp.import.activation");
                    assertThat(p.args()).containsExactly(3, "tanh");
                });
        NetworkFile.Layer stepHidden = new NetworkFile.Layer("step", hidden.weights(), hidden.biases());
        assertThat(MlpFile.shape(withLayers(
                                good, List.of(stepHidden, good.layers().get(1), out)))
                        .problem()
                        .args())
                .containsExactly(1, "step");
    }

    @Test
    void a_network_beyond_the_forms_bounds_or_against_a_teachers_lock_changes_nothing() {
        MlpTrainerModel model = trained(10);
        MlpSettings before = model.settings();
        Network.Parameters weights = model.network().parameters();

        // 20 neurons a layer: more than the form allows
        double[][] w20 = new double[20][2];
        NetworkFile wide = new NetworkFile(
                "mlp-trainer",
                2,
                List.of(
                        new NetworkFile.Layer("tanh", w20, new double[20]),
                        new NetworkFile.Layer("sigmoid", new double[][] {new double[20]}, new double[1])),
                null,
                null,
                null,
                null);
        assertThat(load(model, wide)).extracting(ConfigViolation::field).contains("neuronsPerLayer");
        assertThat(model.settings()).isEqualTo(before);
        assertThat(model.network().parameters().sameBits(weights)).isTrue();
        assertThat(model.epochs()).isEqualTo(10);

        // the teacher locked η at 0.1: a file with another η is refused
        MlpTrainerModel locked = new MlpTrainerModel();
        assertThat(locked.lock(new ParameterLocks(Map.of("learningRate", "0.1"))))
                .isEmpty();
        Network.Parameters lockedWeights = locked.network().parameters();
        assertThat(load(locked, MlpFile.of(model))).isNotEmpty();
        assertThat(locked.settings().learningRate()).isEqualTo(0.1);
        assertThat(locked.network().parameters().sameBits(lockedWeights)).isTrue();
    }

    private static NetworkFile withLayers(NetworkFile f, List<NetworkFile.Layer> layers) {
        return new NetworkFile(f.widget(), f.inputs(), layers, null, f.learningRate(), null, null);
    }
}

package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bit-for-bit fingerprints of trained parameters and epoch results, recorded with the engine
 * before the speed work. Any change to the arithmetic order shows up here. Re-recorded once, on
 * purpose, when sigmoid and tanh moved from Math.exp to {@link Exp#exp} (within 1 ulp of it; the
 * worked example still agrees with the reference to 1e-12, see WorkedExampleTest).
 */
class GoldenBitsTest {

    /** FNV-1a over the raw bits of every parameter and of the recorded results. */
    static long fingerprint(Network n, List<EpochResult> results) {
        long h = 0xcbf29ce484222325L;
        Network.Parameters p = n.parameters();
        for (double[] w : p.weights()) for (double v : w) h = mix(h, v);
        for (double[] b : p.biases()) for (double v : b) h = mix(h, v);
        for (EpochResult r : results) {
            h = mix(h, r.epoch());
            h = mix(h, r.loss());
            h = mix(h, r.accuracy());
            h = mix(h, r.testLoss());
            h = mix(h, r.testAccuracy());
        }
        return h;
    }

    private static long mix(long h, double v) {
        long bits = Double.doubleToRawLongBits(v);
        for (int i = 0; i < 8; i++) {
            h ^= (bits >>> (8 * i)) & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long trained(
            Network net, Dataset train, Dataset test, Loss loss, double eta, int batch, long seed, int epochs) {
        List<EpochResult> seen = new ArrayList<>();
        Trainer t = new Trainer(net, train, test, loss, eta, batch, seed);
        t.addListener(seen::add);
        t.train(epochs, () -> false);
        seen.add(t.evaluate());
        long h = fingerprint(net, seen);
        return t.divergence() == null ? h : mix(h, t.divergence().toString().hashCode());
    }

    static long[] all() {
        List<Long> f = new ArrayList<>();
        Network a = WorkedExample.network();
        double e = WorkedExample.train(a, 10_000);
        f.add(fingerprint(a, List.of(new EpochResult(0, e, 0, 0, 0))));
        Network a2 = WorkedExample.networkWithTrainableBiases();
        e = WorkedExample.train(a2, 1_000);
        f.add(fingerprint(a2, List.of(new EpochResult(0, e, 0, 0, 0))));
        Dataset spiral = Datasets.spiral(500, 0, 1).withLabels(LabelStyle.PLUS_MINUS_ONE);
        f.add(trained(
                Network.builder(2)
                        .layer(8, Activation.TANH)
                        .layer(8, Activation.TANH)
                        .layer(1, Activation.TANH)
                        .build()
                        .initialize(1),
                spiral,
                null,
                Loss.HALF_SQUARED_ERROR,
                0.03,
                10,
                1,
                20));
        f.add(trained(
                Network.builder(2)
                        .layer(4, Activation.SIGMOID)
                        .layer(1, Activation.SIGMOID)
                        .build()
                        .initialize(1),
                Datasets.xor(LabelStyle.ZERO_ONE),
                null,
                Loss.HALF_SQUARED_ERROR,
                0.5,
                1,
                1,
                2000));
        Dataset.Split s = Datasets.xorQuadrants(300, 0.1, 5).split(0.2, 5);
        f.add(trained(
                Network.builder(2)
                        .layer(7, Activation.RELU)
                        .layer(3, Activation.TANH)
                        .layer(1, Activation.SIGMOID)
                        .build()
                        .initialize(5),
                s.train(),
                s.test(),
                Loss.BINARY_CROSS_ENTROPY,
                0.1,
                7,
                5,
                15));
        f.add(trained(
                Network.builder(2)
                        .layer(5, Activation.TANH)
                        .layer(1, Activation.SIGMOID)
                        .build()
                        .initialize(9),
                Datasets.circle(60, 0.1, 9),
                null,
                Loss.MEAN_SQUARED_ERROR,
                0.2,
                1,
                9,
                30));
        f.add(trained(
                Network.builder(2)
                        .layer(3, Activation.LINEAR, BiasMode.SHARED)
                        .layer(2, Activation.SIGMOID, BiasMode.PER_NEURON_FROZEN)
                        .layer(1, Activation.SIGMOID, BiasMode.SHARED_FROZEN)
                        .build()
                        .initialize(4),
                Datasets.circle(40, 0.2, 4),
                null,
                Loss.BINARY_CROSS_ENTROPY,
                0.3,
                1,
                4,
                25));
        f.add(trained(
                Network.builder(2).layer(1, Activation.SIGMOID).build().initialize(6),
                Datasets.xor(LabelStyle.ZERO_ONE),
                Datasets.xor(LabelStyle.ZERO_ONE),
                Loss.HALF_SQUARED_ERROR,
                0.5,
                3,
                6,
                50));
        f.add(trained(
                Network.builder(2)
                        .layer(8, Activation.LINEAR)
                        .layer(1, Activation.LINEAR)
                        .build()
                        .initialize(1),
                Datasets.xorQuadrants(100, 0, 1),
                null,
                Loss.HALF_SQUARED_ERROR,
                1e6,
                10,
                1,
                50));
        f.add(trained(
                Network.builder(2)
                        .layer(3, Activation.TANH)
                        .layer(1, Activation.TANH)
                        .build()
                        .initialize(2),
                Datasets.xorQuadrants(50, 0, 2).withLabels(LabelStyle.PLUS_MINUS_ONE),
                null,
                Loss.HALF_SQUARED_ERROR,
                50,
                1,
                2,
                50));
        long[] r = new long[f.size()];
        for (int i = 0; i < r.length; i++) r[i] = f.get(i);
        return r;
    }

    static final long[] EXPECTED = {
        0x2b89d7b77997c35dL,
        0xff41ac434eb7b113L,
        0xac6a18220aa83628L,
        0x6c8db1617e817f8L,
        0x4d2a0649c33f254fL,
        0x7ceb0234bdd595bcL,
        0x6d92fb0ec2bf4471L,
        0xb21d41f81f6df895L,
        0x6aef5ddc41484f1bL,
        0x9ab8f59a02073ad0L
    };

    @Test
    void fingerprints_match_the_recorded_engine() {
        assertEquals(java.util.Arrays.toString(EXPECTED), java.util.Arrays.toString(all()));
    }
}

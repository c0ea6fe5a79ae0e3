package org.dlf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The symmetry problem of chapter 5 (and its exercise mlp-symmetry): hidden units that start with equal weights
 * get equal gradients and stay identical, so a 2-2-1 network from the "all equal" start never learns XOR, while
 * the same network from random weights does.
 */
class EqualWeightsTest {

    private static Network xorNetwork() {
        return Network.builder(2)
                .layer(2, Activation.SIGMOID)
                .layer(1, Activation.SIGMOID)
                .build();
    }

    private static Trainer trainer(Network network) {
        return new Trainer(network, Datasets.xor(LabelStyle.ZERO_ONE), null, Loss.BINARY_CROSS_ENTROPY, 2.0, 4, 1);
    }

    @Test
    void hidden_units_that_start_equal_stay_equal_and_xor_is_never_learned() {
        Network network = xorNetwork()
                .setWeights(0, 0.5, 0.5, 0.5, 0.5)
                .setWeights(1, 0.5, 0.5)
                .setBiases(0, 0, 0)
                .setBiases(1, 0);
        Network.Parameters before = network.parameters();
        Trainer trainer = trainer(network);
        for (int epoch = 0; epoch < 2000; epoch++) {
            trainer.trainEpoch();
            Layer hidden = network.layer(0);
            assertThat(hidden.weight(0, 0)).isEqualTo(hidden.weight(1, 0));
            assertThat(hidden.weight(0, 1)).isEqualTo(hidden.weight(1, 1));
            assertThat(hidden.bias(0)).isEqualTo(hidden.bias(1));
            assertThat(network.layer(1).weight(0, 0)).isEqualTo(network.layer(1).weight(0, 1));
        }
        assertThat(network.parameters().sameBits(before))
                .as("the weights did change")
                .isFalse();
        assertThat(trainer.evaluate().accuracy()).isLessThan(1.0);
        for (double[] x : new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            network.forward(x);
            assertThat(network.layer(0).output(0)).isEqualTo(network.layer(0).output(1));
        }
    }

    @Test
    void the_same_network_from_random_weights_learns_xor() {
        Network network = xorNetwork().initialize(3);
        Trainer trainer = trainer(network);
        trainer.train(2000, () -> false);
        assertThat(trainer.evaluate().accuracy()).isEqualTo(1.0);
    }
}

package org.dlf.chapters.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

class VanishingGradientsModelTest {

    private final VanishingGradientsModel model = new VanishingGradientsModel();

    @Test
    void six_sigmoid_layers_shrink_the_first_layers_gradients_tens_of_thousands_of_times_and_relu_far_less() {
        List<VanishingGradientsModel.Sizes> sizes = model.sizes();
        VanishingGradientsModel.Sizes sigmoid = sizes.get(0), relu = sizes.get(1);
        assertThat(sigmoid.activation()).isEqualTo(Activation.SIGMOID);
        assertThat(relu.activation()).isEqualTo(Activation.RELU);
        assertThat(sigmoid.perLayer()).hasSize(7);
        // the chapter: each layer shrinks the sigmoid gradients two to ten times, to tens of thousands of times
        // smaller in the first hidden layer; with ReLU hundreds of times more reaches it
        for (int l = 0; l + 1 < sigmoid.perLayer().length; l++) {
            double factor = sigmoid.perLayer()[l + 1] / sigmoid.perLayer()[l];
            assertThat(factor).as("layer %d to %d", l + 1, l + 2).isBetween(2.0, 11.0);
        }
        assertThat(sigmoid.shrink()).isBetween(1e4, 1e5);
        assertThat(relu.shrink()).isLessThan(sigmoid.shrink() / 100);
    }

    @Test
    void other_seeds_show_the_same_difference_unless_a_relu_layer_is_dead() {
        int dead = 0;
        for (int seed = 2; seed < 22; seed++) {
            model.setSeed(seed);
            List<VanishingGradientsModel.Sizes> sizes = model.sizes();
            assertThat(sizes.get(0).shrink()).as("seed %d", seed).isGreaterThan(500);
            double relu = sizes.get(1).shrink();
            if (Double.isInfinite(relu)) {
                dead++; // every unit of some ReLU layer is at 0 for this input: nothing gets back
            } else {
                assertThat(relu).as("seed %d", seed).isLessThan(sizes.get(0).shrink() / 100);
            }
        }
        assertThat(dead).as("dead ReLU layers among 20 seeds").isBetween(1, 6);
    }

    @Test
    void fewer_layers_vanish_less() {
        model.setHiddenLayers(2);
        double two = model.sizes().get(0).shrink();
        model.setHiddenLayers(6);
        assertThat(model.sizes().get(0).shrink()).isGreaterThan(50 * two);
    }

    @Test
    void refused_values_change_nothing() {
        assertThat(model.setHiddenLayers(1)).contains(VanishingGradientsModel.ERROR_LAYERS);
        assertThat(model.setHiddenLayers(7)).contains(VanishingGradientsModel.ERROR_LAYERS);
        assertThat(model.setHiddenLayers(null)).contains(VanishingGradientsModel.ERROR_LAYERS);
        assertThat(model.setSeed(-1)).contains(VanishingGradientsModel.ERROR_SEED);
        assertThat(model.setSeed(1_000_000)).contains(VanishingGradientsModel.ERROR_SEED);
        assertThat(model.hiddenLayers()).isEqualTo(6);
        assertThat(model.seed()).isEqualTo(1);
        model.nextSeed();
        assertThat(model.seed()).isEqualTo(2);
    }
}

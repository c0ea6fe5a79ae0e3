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
        assertThat(sigmoid.fraction()).isBetween(1e-5, 1e-4);
        assertThat(relu.fraction()).isGreaterThan(100 * sigmoid.fraction());
    }

    @Test
    void other_seeds_show_the_same_difference() {
        for (int seed = 2; seed < 12; seed++) {
            model.setSeed(seed);
            List<VanishingGradientsModel.Sizes> sizes = model.sizes();
            assertThat(sizes.get(0).fraction()).as("seed %d", seed).isLessThan(2e-3);
            assertThat(sizes.get(1).fraction())
                    .as("seed %d", seed)
                    .isGreaterThan(50 * sizes.get(0).fraction());
        }
    }

    @Test
    void fewer_layers_vanish_less() {
        model.setHiddenLayers(2);
        double two = model.sizes().get(0).fraction();
        model.setHiddenLayers(6);
        assertThat(model.sizes().get(0).fraction()).isLessThan(two / 50);
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

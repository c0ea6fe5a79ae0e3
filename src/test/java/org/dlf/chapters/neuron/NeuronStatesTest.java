package org.dlf.chapters.neuron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

/** The neuron playground's and the activation explorer's settings in a link. */
class NeuronStatesTest {

    @Test
    void the_playground_comes_back_exactly() {
        NeuronPlaygroundModel m = new NeuronPlaygroundModel();
        m.setInputs(3);
        m.setX(2, -4.5);
        m.setW(0, 0.123456789);
        m.setBias(-0.3);
        m.setActivation(Activation.RELU);
        Map<String, String> params = NeuronPlaygroundState.CODEC.encode(m);
        assertThat(params).containsEntry("n", "3").containsEntry("f", "relu").containsEntry("w1", "0.123456789");
        NeuronPlaygroundModel copy = new NeuronPlaygroundModel();
        assertThat(NeuronPlaygroundState.CODEC.apply(copy, params)).isEmpty();
        assertThat(copy.y()).isEqualTo(m.y());
        assertThat(copy.formula()).isEqualTo(m.formula());
    }

    @Test
    void a_forged_playground_value_is_refused_with_the_fields_message() {
        NeuronPlaygroundModel m = new NeuronPlaygroundModel();
        var refused = NeuronPlaygroundState.CODEC.apply(m, Map.of("n", "4", "x1", "6", "f", "sign", "b", "0x1"));
        assertThat(refused)
                .extracting(Refusal::parameter, Refusal::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("n", "playground.error.inputs"),
                        org.assertj.core.groups.Tuple.tuple("f", "share.error.value"),
                        org.assertj.core.groups.Tuple.tuple("x1", "playground.error.range"),
                        org.assertj.core.groups.Tuple.tuple("b", "share.error.value"));
        assertThat(NeuronPlaygroundState.CODEC.encode(m))
                .isEqualTo(NeuronPlaygroundState.CODEC.encode(new NeuronPlaygroundModel()));
    }

    @Test
    void the_activation_explorer_comes_back_and_refuses_a_marker_off_the_axis() {
        ActivationExplorerModel m = new ActivationExplorerModel();
        m.setActivation(Activation.TANH);
        m.setShowDerivative(false);
        m.setX(-2.35);
        Map<String, String> params = ActivationExplorerFactory.CODEC.encode(m);
        assertThat(params).containsEntry("f", "tanh").containsEntry("d", "off").containsEntry("x", "-2.35");
        ActivationExplorerModel copy = new ActivationExplorerModel();
        assertThat(ActivationExplorerFactory.CODEC.apply(copy, params)).isEmpty();
        assertThat(copy.value()).isEqualTo(m.value());
        assertThat(copy.showDerivative()).isFalse();

        var refused = ActivationExplorerFactory.CODEC.apply(copy, Map.of("x", "7", "d", "yes"));
        assertThat(refused).extracting(Refusal::messageKey).containsExactly("share.error.value", "activation.x-range");
        assertThat(refused.get(1).args()).containsExactly(-6.0, 6.0);
        assertThat(copy.x()).isEqualTo(-2.35);
    }
}

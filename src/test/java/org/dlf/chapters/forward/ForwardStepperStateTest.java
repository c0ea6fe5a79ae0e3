package org.dlf.chapters.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.junit.jupiter.api.Test;

class ForwardStepperStateTest {

    @Test
    void changed_numbers_and_the_step_come_back_and_forged_ones_are_refused() {
        ForwardStepperModel m = new ForwardStepperModel();
        m.set(Param.W2, -0.75);
        m.set(Param.T2, 0.5);
        m.goTo(7);
        Map<String, String> params = ForwardStepperFactory.CODEC.encode(m);
        assertThat(params)
                .containsEntry("w2", "-0.75")
                .containsEntry("t_o2", "0.5")
                .containsEntry("step", "7");
        assertThat(params).doesNotContainKey("eta");
        ForwardStepperModel copy = new ForwardStepperModel();
        assertThat(ForwardStepperFactory.CODEC.apply(copy, params)).isEmpty();
        assertThat(copy.step()).isEqualTo(7);
        assertThat(copy.all().get(10).value()).isEqualTo(m.all().get(10).value());

        var refused =
                ForwardStepperFactory.CODEC.apply(copy, Map.of("w1", "11", "t_o1", "-0.5", "step", "12", "eta", "1"));
        assertThat(refused)
                .extracting(Refusal::parameter, Refusal::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("w1", "stepper.range"),
                        org.assertj.core.groups.Tuple.tuple("t_o1", "stepper.target-range"),
                        org.assertj.core.groups.Tuple.tuple("step", "stepper.step-range"),
                        org.assertj.core.groups.Tuple.tuple("eta", "share.error.unknown"));
        assertThat(refused.getFirst().args()).containsExactly("-10", "10");
        assertThat(refused.get(2).args()).containsExactly(0, 11);
        assertThat(ForwardStepperFactory.CODEC.encode(copy)).isEqualTo(params);
    }
}

package org.dlf.chapters.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.dlf.chapters.stepper.WorkedValues.Param;
import org.junit.jupiter.api.Test;

class BackpropStepperStateTest {

    @Test
    void the_numbers_eta_the_step_and_n_come_back_and_forged_ones_are_refused() {
        BackpropStepperModel m = new BackpropStepperModel();
        m.set(Param.ETA, 1.25);
        m.set(Param.W8, -2);
        m.goTo(11);
        m.setTrainSteps(500);
        Map<String, String> params = BackpropStepperFactory.CODEC.encode(m);
        assertThat(params)
                .containsEntry("eta", "1.25")
                .containsEntry("n", "500")
                .containsEntry("step", "11");
        BackpropStepperModel copy = new BackpropStepperModel();
        assertThat(BackpropStepperFactory.CODEC.apply(copy, params)).isEmpty();
        assertThat(copy.weights()).isEqualTo(m.weights());
        assertThat(copy.trainSteps()).isEqualTo(500);

        var refused = BackpropStepperFactory.CODEC.apply(copy, Map.of("eta", "11", "n", "10001"));
        assertThat(refused)
                .extracting(Refusal::messageKey)
                .containsExactly("stepper.rate-range", "backprop.train.range");
        assertThat(refused.get(1).args()).containsExactly(1, 10_000);
        assertThat(copy.values().learningRate()).isEqualTo(1.25);
    }
}

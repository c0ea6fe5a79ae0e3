package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.engine.EpochResult;
import org.junit.jupiter.api.Test;

class MlpRecommendationTest {

    private static final int SEEDS = 20;

    /** Accuracy on the test set, or on the training points where there is none (XOR's four). */
    private static double accuracy(EpochResult r) {
        return r.hasTest() ? r.testAccuracy() : r.accuracy();
    }

    @Test
    void every_generated_data_set_reaches_95_percent_within_the_stated_epochs_with_any_of_20_seeds_and_no_alarm() {
        for (MlpData.Choice dataset : MlpData.Choice.values()) {
            if (dataset == MlpData.Choice.CUSTOM) {
                assertThat(MlpRecommendation.of(dataset)).isEmpty();
                continue;
            }
            MlpRecommendation r = MlpRecommendation.of(dataset).orElseThrow();
            for (long seed = 1; seed <= SEEDS; seed++) {
                MlpTrainerModel model = new MlpTrainerModel();
                model.setDataset(dataset);
                // the learner's own noise and seed before the click: the recommendation takes out the noise
                model.apply(model.settings().edit().noise(0.3).seed(seed));
                assertThat(model.recommend(r)).isEmpty();
                assertThat(model.settings().seed()).isEqualTo(seed);
                assertThat(model.settings().epochBudget()).isGreaterThanOrEqualTo(r.epochs());

                double best = 0;
                for (int epoch = 1; epoch <= r.epochs() && best < 0.95; epoch++) {
                    model.advance(Long.MAX_VALUE, 1);
                    best = Math.max(best, accuracy(model.frame().last()));
                }
                assertThat(best).as("%s with seed %d", dataset, seed).isGreaterThanOrEqualTo(0.95);
                model.advance(Long.MAX_VALUE, r.epochs() - model.epochs());
                MlpTrainerModel.Frame end = model.frame();
                assertThat(accuracy(end.last()))
                        .as("%s with seed %d after %d epochs", dataset, seed, r.epochs())
                        .isGreaterThanOrEqualTo(0.95);
                assertThat(end.alarm()).as("%s with seed %d", dataset, seed).isNull();
                assertThat(model.halted()).isFalse();
            }
        }
    }
}

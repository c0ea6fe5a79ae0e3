package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dlf.TestTranslations;
import org.dlf.engine.Activation;
import org.dlf.engine.ConfigViolation;
import org.dlf.engine.LearningRateWatch;
import org.dlf.training.LiveTraining;
import org.dlf.training.StopReason;
import org.junit.jupiter.api.Test;

class MlpTextsTest {

    private static MlpTrainerModel.Frame frame(LearningRateWatch.Finding alarm) {
        MlpTrainerModel model = new MlpTrainerModel();
        MlpTrainerModel.Frame f = model.frame();
        return new MlpTrainerModel.Frame(
                f.epoch(), f.epochs(), f.trainLoss(), f.testLoss(), f.heatmap(), f.last(), null, alarm, false);
    }

    /** Every sentence the trainer can say, in one language, with every value an argument can take. */
    private static List<String> everything(TestTranslations tr) {
        MlpTexts.Translator t = tr::t;
        List<String> all = new ArrayList<>();
        for (StopReason r : StopReason.values()) {
            for (boolean limit : new boolean[] {true, false}) {
                all.add(MlpTexts.stopped(t, frame(null), new LiveTraining.End(r, 400, limit), false, 0.5));
            }
        }
        for (LearningRateWatch.Sign s : LearningRateWatch.Sign.values()) {
            var finding = new LearningRateWatch.Finding(s, 12, new double[] {0.7, 0.9, 2.5, 4.1, 8.0}, 0.69, 0.5);
            all.add(MlpTexts.stopped(
                    t, frame(finding), new LiveTraining.End(StopReason.FINISHED, 12, false), false, 10));
        }
        for (MlpData.Choice c : MlpData.Choice.values()) {
            MlpRecommendation.of(c)
                    .ifPresent(r -> all.add(MlpTexts.recommended(
                            t, c, r.applyTo(MlpSettings.defaults()).buildUnchecked(), r)));
            all.add(tr.t("mlp.dataset." + c.name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<ConfigViolation> violations = new ArrayList<>();
        for (String field : List.of(
                "hiddenLayers",
                "neuronsPerLayer",
                "datasetSize",
                "epochs",
                "batchSize",
                "learningRate",
                "noise",
                "testFraction",
                "hiddenActivation",
                "seed",
                "start",
                "dataset",
                "form")) {
            violations.add(new ConfigViolation(field, "config.range", 1, 10, 99));
            violations.add(new ConfigViolation(field, "config.required"));
            violations.add(new ConfigViolation(field, "assignment.locked"));
        }
        for (Activation a : Activation.values()) {
            violations.add(new ConfigViolation("hiddenActivation", "config.activation.notDifferentiable", a));
        }
        violations.add(new ConfigViolation("batchSize", "config.batchSize.exceedsDataset", 10, 4));
        violations.add(new ConfigViolation("epochs", "config.cost.tooHigh", 3e9, 2e9));
        violations.add(new ConfigViolation("dataset", "mlp.error.points"));
        for (ConfigViolation v : violations) {
            all.add(MlpTexts.violations(t, List.of(v)));
        }
        return all;
    }

    @Test
    void no_sentence_shows_an_internal_name_in_either_language_and_every_one_is_filled_in() {
        for (String language : new String[] {"zh", "en"}) {
            for (String sentence : everything(new TestTranslations(language))) {
                assertThat(TestTranslations.internalNamesIn(sentence))
                        .as(sentence)
                        .isEmpty();
                assertThat(sentence).as(sentence).doesNotContain("{").doesNotContain("!mlp.");
            }
        }
    }

    @Test
    void a_too_high_learning_rate_is_explained_with_the_last_losses_and_what_to_try() {
        var finding = new LearningRateWatch.Finding(
                LearningRateWatch.Sign.RISING, 5, new double[] {0.716, 0.899, 0.993, 4.339, 5.277}, 0.715, 0);
        MlpTrainerModel.Frame f = frame(finding);
        LiveTraining.End end = new LiveTraining.End(StopReason.FINISHED, 5, false);

        assertThat(MlpTexts.stopped(new TestTranslations("en")::t, f, end, false, 10))
                .isEqualTo("Paused in epoch 5: the training loss rose 4 epochs in a row."
                        + " The last losses: 0.716 → 0.899 → 0.993 → 4.34 → 5.28."
                        + " The learning rate η = 10 is probably too high: each step jumps past the minimum, and"
                        + " further each time. Try η = 1 (ten times smaller) and press Restart. Press Play to go on"
                        + " anyway.");
        assertThat(MlpTexts.stopped(new TestTranslations("zh")::t, f, end, false, 10))
                .startsWith("在第 5 轮暂停：训练损失连续 4 轮上升。")
                .contains("0.716 → 0.899 → 0.993 → 4.34 → 5.28")
                .contains("η = 1（小十倍）");
    }

    @Test
    void a_run_that_spends_its_epochs_says_so_and_a_step_or_a_pause_says_nothing() {
        TestTranslations en = new TestTranslations("en");
        MlpTrainerModel.Frame f = frame(null);
        assertThat(MlpTexts.stopped(en::t, f, new LiveTraining.End(StopReason.FINISHED, 3, true), false, 0.5))
                .isEqualTo("This run trained its 3 epochs and paused. Press Play to train more.");
        assertThat(MlpTexts.stopped(en::t, f, new LiveTraining.End(StopReason.FINISHED, 1, true), true, 0.5))
                .isEmpty();
        assertThat(MlpTexts.stopped(en::t, f, new LiveTraining.End(StopReason.CANCELLED, 3, false), false, 0.5))
                .isEmpty();
        assertThat(MlpTexts.stopped(
                        new TestTranslations("zh")::t,
                        f,
                        new LiveTraining.End(StopReason.TIME_BUDGET, 3, false),
                        false,
                        0.5))
                .isEqualTo("本次运行达到了服务器的时间上限，已暂停。点击“运行”可继续。");
    }
}

package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dlf.engine.Activation;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingJob;
import org.junit.jupiter.api.Test;

class MlpRunJobTest {

    /** Far beyond the controls' limit of 10: the weights overflow in the first epoch. */
    private static final MlpSettings HUGE_ETA = new MlpSettings(2, 4, Activation.RELU, 1e200, 2, 0, 0, 1, 5000);

    private static MlpTexts.Translator translator(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                MlpRunJobTest.class.getResourceAsStream("/i18n/mlp_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return (key, args) -> {
            String pattern = p.getProperty(key);
            return args.length == 0
                    ? pattern
                    : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
        };
    }

    private static boolean finite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }

    @Test
    void a_huge_learning_rate_diverges_and_the_run_pauses_with_the_reason_and_only_finite_numbers_for_the_charts()
            throws IOException {
        MlpTrainerModel model = new MlpTrainerModel(HUGE_ETA);
        List<MlpTrainerModel.Frame> pushed = new ArrayList<>();
        MlpRunJob job = new MlpRunJob(model, pushed::add, MlpRunJob.PUSH_INTERVAL_NANOS);

        int slices = 0;
        TrainingJob.Next next;
        do {
            next = job.runSlice(System.nanoTime() + 4_000_000L);
            slices++;
        } while (next != TrainingJob.Next.DONE && slices < 10_000);

        assertThat(next).isSameAs(TrainingJob.Next.DONE);
        assertThat(model.diverged()).isTrue();
        assertThat(job.budgetSpent()).isFalse();
        assertThat(model.epochs()).isLessThan(5000);
        MlpTrainerModel.Frame last = pushed.getLast();
        assertThat(last.divergence()).isNotNull();
        assertThat(last.divergence().epoch()).isEqualTo(1);
        assertThat(last.divergence().restoredToEpoch()).isZero();
        for (MlpTrainerModel.Frame f : pushed) {
            assertThat(finite(f.epochs())).isTrue();
            assertThat(finite(f.trainLoss())).isTrue();
            assertThat(finite(f.heatmap())).isTrue();
            assertThat(Arrays.stream(f.heatmap()).allMatch(v -> v >= 0 && v <= 1))
                    .isTrue();
            assertThat(Double.isFinite(f.last().loss())).isTrue();
        }
        assertThat(model.network().firstNonFiniteParameter()).isNull();

        assertThat(MlpTexts.stopped(translator("en"), last, StopReason.FINISHED, job.budgetSpent(), 5000))
                .startsWith("Training diverged in epoch 1:")
                .contains("the weights are those after epoch 0")
                .contains("Lower the learning rate");
        assertThat(MlpTexts.stopped(translator("zh"), last, StopReason.FINISHED, job.budgetSpent(), 5000))
                .startsWith("训练在第 1 轮发散")
                .contains("第 0 轮");
    }

    @Test
    void a_run_that_spends_its_epochs_says_so_and_a_paused_run_says_nothing() throws IOException {
        MlpTrainerModel model = new MlpTrainerModel();
        model.apply(new MlpSettings(1, 4, Activation.TANH, 0.5, 4, 0, 0, 1, 3));
        MlpRunJob job = new MlpRunJob(model, f -> {}, MlpRunJob.PUSH_INTERVAL_NANOS);
        while (job.runSlice(System.nanoTime() + 4_000_000L) != TrainingJob.Next.DONE) {
            // three epochs
        }
        MlpTrainerModel.Frame f = model.frame();

        assertThat(job.budgetSpent()).isTrue();
        assertThat(MlpTexts.stopped(translator("en"), f, StopReason.FINISHED, true, 3))
                .isEqualTo("This run trained its 3 epochs and stopped. Press Run to train more.");
        assertThat(MlpTexts.stopped(translator("en"), f, StopReason.CANCELLED, false, 3))
                .isEmpty();
        assertThat(MlpTexts.stopped(translator("zh"), f, StopReason.TIME_BUDGET, false, 3))
                .isEqualTo("本次运行达到了服务器的时间上限，已停止。点击“运行”可继续。");
    }
}

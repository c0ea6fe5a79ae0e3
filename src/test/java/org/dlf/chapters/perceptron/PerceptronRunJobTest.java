package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dlf.training.TrainingJob;
import org.junit.jupiter.api.Test;

class PerceptronRunJobTest {

    private static final long MS = 1_000_000L;

    @Test
    void a_slow_run_presents_the_first_sample_then_waits_half_a_second_for_the_next_without_a_thread() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setSpeed(PerceptronSpeed.SLOW);
        List<PerceptronTrainerModel.Frame> pushed = new ArrayList<>();
        long before = System.nanoTime();
        PerceptronRunJob job = new PerceptronRunJob(model, pushed::add, 1_000 * MS);
        long after = System.nanoTime();

        TrainingJob.Next next = job.runSlice(System.nanoTime() + 4 * MS);

        assertThat(model.snapshot().samplesPresented()).isEqualTo(1);
        assertThat(next).isInstanceOf(TrainingJob.Next.Wait.class);
        long wake = ((TrainingJob.Next.Wait) next).wakeNanos();
        assertThat(wake).isBetween(before + 500 * MS, after + 500 * MS);
        assertThat(pushed).isEmpty();
    }

    @Test
    void a_paced_run_with_an_unsent_change_wakes_in_time_to_push_it() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setSpeed(PerceptronSpeed.SLOW);
        long before = System.nanoTime();
        PerceptronRunJob job = new PerceptronRunJob(model, f -> {}, 100 * MS);
        long after = System.nanoTime();

        TrainingJob.Next next = job.runSlice(System.nanoTime() + 4 * MS);

        assertThat(((TrainingJob.Next.Wait) next).wakeNanos()).isBetween(before + 100 * MS, after + 100 * MS);
    }

    @Test
    void a_fast_run_uses_its_whole_slice_and_asks_for_the_next_one() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setSpeed(PerceptronSpeed.FAST);
        model.setStopping(0.001, Double.NaN, 1, 1000);
        model.setDataset(PerceptronPoints.Choice.XOR);
        PerceptronRunJob job = new PerceptronRunJob(model, f -> {}, 150 * MS);

        TrainingJob.Next next = job.runSlice(System.nanoTime() + 2 * MS);

        assertThat(next).isSameAs(TrainingJob.Next.CONTINUE);
        assertThat(model.snapshot().samplesPresented()).isGreaterThan(1);
    }

    @Test
    void a_run_that_meets_a_stopping_rule_pushes_its_last_frame_and_is_done() {
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        model.setSpeed(PerceptronSpeed.FAST);
        List<PerceptronTrainerModel.Frame> pushed = new ArrayList<>();
        PerceptronRunJob job = new PerceptronRunJob(model, pushed::add, 150 * MS);

        TrainingJob.Next next = job.runSlice(System.nanoTime() + 1_000 * MS);

        assertThat(next).isSameAs(TrainingJob.Next.DONE);
        assertThat(pushed).hasSize(1);
        assertThat(pushed.getFirst().outcome()).isEqualTo(PerceptronOutcome.CONVERGED_ERROR);
    }
}

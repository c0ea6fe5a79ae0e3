package org.dlf.chapters.descent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.dlf.chapters.descent.LossLandscapeModel.Frame;
import org.dlf.chapters.descent.LossLandscapeModel.Regime;
import org.dlf.engine.GradientDescent;
import org.dlf.training.LiveTraining;
import org.dlf.training.StopReason;
import org.dlf.training.TrainingExecutor;
import org.junit.jupiter.api.Test;

/** The widget's runs as they go on the server: the model trained by {@link LiveTraining} on the executor. */
class LossLandscapeLiveTest {

    /** One for the class, as on the server (its threads are daemons; shutting it down is the container's). */
    private static final TrainingExecutor EXECUTOR =
            new TrainingExecutor(2, 10, Duration.ofMillis(2), Duration.ofMinutes(5));

    private final LossLandscapeModel model = new LossLandscapeModel();
    private final Page page = new Page();
    private final LiveTraining<Frame> live = LiveTraining.headless(EXECUTOR, model, page);

    /** What the page is shown: every frame's points, and how the run ended. */
    private static final class Page implements LiveTraining.View<Frame> {
        final List<GradientDescent.Point> points = new CopyOnWriteArrayList<>();
        final CompletableFuture<LiveTraining.End> ended = new CompletableFuture<>();

        @Override
        public void show(Frame frame, boolean detailed) {
            points.addAll(frame.points());
        }

        @Override
        public void running(boolean running) {}

        @Override
        public void ended(Frame last, LiveTraining.End end) {
            ended.complete(end);
        }
    }

    private List<Integer> stepsShown() {
        return page.points.stream().map(GradientDescent.Point::step).toList();
    }

    @Test
    void play_flat_out_walks_to_the_bottom_and_the_page_is_shown_every_point_once() throws Exception {
        assertThat(model.setLearningRate(0.4)).isEmpty();
        model.frame(); // the start, as the page draws it before Play

        live.play(0, LossLandscapeModel.MAX_STEPS);

        LiveTraining.End end = page.ended.get(10, TimeUnit.SECONDS);
        assertThat(end.reason()).isEqualTo(StopReason.FINISHED);
        assertThat(model.regime()).isEqualTo(Regime.BOTTOM);
        assertThat(end.units()).isEqualTo(model.steps()).isEqualTo(13);
        assertThat(stepsShown()).isEqualTo(IntStream.rangeClosed(1, 13).boxed().toList());
    }

    @Test
    void play_stops_at_divergence_with_every_loss_finite() throws Exception {
        assertThat(model.setLearningRate(1.0)).isEmpty();
        model.frame();

        live.play(0, LossLandscapeModel.MAX_STEPS);

        assertThat(page.ended.get(10, TimeUnit.SECONDS).reason()).isEqualTo(StopReason.FINISHED);
        assertThat(model.regime()).isEqualTo(Regime.DIVERGED);
        assertThat(model.steps()).isEqualTo(27);
        assertThat(page.points).hasSize(27).allSatisfy(p -> assertThat(p.loss()).isFinite());
    }

    @Test
    void a_paced_run_goes_on_until_paused_and_a_step_takes_exactly_one() throws Exception {
        assertThat(model.setLearningRate(0.05)).isEmpty(); // slow: hundreds of steps from the bottom
        model.frame();

        live.step(1);
        assertThat(page.ended.get(10, TimeUnit.SECONDS).limitReached()).isTrue();
        assertThat(model.steps()).isEqualTo(1);

        live.play(20, LossLandscapeModel.MAX_STEPS); // 20 steps a second
        Thread.sleep(300);
        assertThat(live.isRunning()).isTrue();
        live.pause();
        int paused = model.steps();
        assertThat(paused)
                .as("paced: about 7 steps in 0.3 s, not the flat-out hundreds")
                .isBetween(2, 40);
        Thread.sleep(200);
        assertThat(model.steps()).as("no step after Pause").isLessThanOrEqualTo(paused + 1);
        assertThat(live.isRunning()).isFalse();
    }
}

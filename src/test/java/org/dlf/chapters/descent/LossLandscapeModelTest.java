package org.dlf.chapters.descent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dlf.chapters.descent.LossLandscapeModel.Batch;
import org.dlf.chapters.descent.LossLandscapeModel.Regime;
import org.dlf.engine.GradientDescent;
import org.junit.jupiter.api.Test;

class LossLandscapeModelTest {

    private final LossLandscapeModel model = new LossLandscapeModel();

    /** The regimes one full run shows, step by step, until it halts or takes {@code max} steps. */
    private Set<Regime> run(double eta, int max) {
        assertThat(model.setLearningRate(eta)).isEmpty();
        Set<Regime> seen = EnumSet.noneOf(Regime.class);
        for (int i = 0; i < max && !model.halted(); i++) {
            model.step();
            seen.add(model.regime());
        }
        return seen;
    }

    @Test
    void it_starts_at_the_chapters_start_with_no_step_taken() {
        assertThat(model.regime()).isEqualTo(Regime.START);
        assertThat(model.current().a()).isEqualTo(-1.5);
        assertThat(model.current().b()).isEqualTo(3.0);
        assertThat(model.settings().learningRate()).isEqualTo(0.2);
        assertThat(model.halted()).isFalse();
    }

    @Test
    void a_tiny_learning_rate_is_too_slow() {
        assertThat(run(0.05, 30)).containsOnly(Regime.SLOW);
        assertThat(model.current().loss()).isGreaterThan(0.05);
    }

    @Test
    void a_good_learning_rate_goes_steadily_to_the_bottom() {
        Set<Regime> seen = run(0.4, 100);
        assertThat(seen).contains(Regime.STEADY, Regime.BOTTOM).doesNotContain(Regime.ZIGZAG, Regime.DIVERGING);
        assertThat(model.regime()).isEqualTo(Regime.BOTTOM);
        assertThat(model.halted()).isTrue();
        assertThat(model.steps()).isLessThan(20);
        assertThat(model.current().a()).isCloseTo(0.475, within(0.05));
    }

    @Test
    void a_large_learning_rate_zig_zags_and_still_reaches_the_bottom() {
        Set<Regime> seen = run(0.8, 200);
        assertThat(seen).contains(Regime.ZIGZAG, Regime.BOTTOM).doesNotContain(Regime.DIVERGING);
    }

    @Test
    void a_too_large_learning_rate_diverges_and_the_run_stops() {
        Set<Regime> seen = run(1.0, LossLandscapeModel.MAX_STEPS);
        assertThat(seen).contains(Regime.DIVERGING, Regime.DIVERGED);
        assertThat(model.halted()).isTrue();
        int steps = model.steps();
        model.step();
        assertThat(model.steps()).as("no step after diverging").isEqualTo(steps);
        assertThat(model.path()).allSatisfy(p -> assertThat(p.loss()).isFinite());
    }

    @Test
    void online_steps_are_noisy() {
        assertThat(model.setBatch(Batch.ONLINE)).isEmpty();
        assertThat(run(0.1, 20)).contains(Regime.NOISY);
    }

    @Test
    void frames_hand_out_each_point_once_and_say_when_the_path_starts_again() {
        LossLandscapeModel.Frame first = model.frame();
        assertThat(first.fresh()).isTrue();
        assertThat(first.points()).hasSize(1);
        model.step();
        model.step();
        LossLandscapeModel.Frame next = model.frame();
        assertThat(next.fresh()).isFalse();
        assertThat(next.points()).extracting(GradientDescent.Point::step).containsExactly(1, 2);
        assertThat(model.frame().points()).isEmpty();
        assertThat(model.replay().points()).hasSize(3);
        model.setLearningRate(0.3);
        LossLandscapeModel.Frame again = model.frame();
        assertThat(again.fresh()).isTrue();
        assertThat(again.points()).extracting(GradientDescent.Point::step).containsExactly(0);
    }

    @Test
    void a_run_advances_within_its_units_and_stops_when_halted() {
        model.setLearningRate(0.4);
        assertThat(model.advance(Long.MAX_VALUE, 3)).isEqualTo(3);
        assertThat(model.steps()).isEqualTo(3);
        long done = model.advance(Long.MAX_VALUE, 1000);
        assertThat(model.halted()).isTrue();
        assertThat(model.steps()).isEqualTo(3 + done);
        assertThat(model.advance(Long.MAX_VALUE, 5)).isZero();
    }

    @Test
    void refused_values_change_nothing() {
        model.step();
        LossLandscapeModel.Settings before = model.settings();
        assertThat(model.setLearningRate(0.0)).contains(LossLandscapeModel.ERROR_RATE);
        assertThat(model.setLearningRate(11.0)).contains(LossLandscapeModel.ERROR_RATE);
        assertThat(model.setLearningRate(Double.NaN)).contains(LossLandscapeModel.ERROR_NUMBER);
        assertThat(model.setLearningRate(null)).contains(LossLandscapeModel.ERROR_NUMBER);
        assertThat(model.setStart(9.0, 0.0)).contains(LossLandscapeModel.ERROR_START);
        assertThat(model.setStart(0.0, Double.POSITIVE_INFINITY)).contains(LossLandscapeModel.ERROR_NUMBER);
        assertThat(model.setStart(null, 0.0)).contains(LossLandscapeModel.ERROR_NUMBER);
        assertThat(model.setBatch(null)).contains(LossLandscapeModel.ERROR_BATCH);
        assertThat(model.apply(null)).contains(LossLandscapeModel.ERROR_NUMBER);
        assertThat(model.settings()).isEqualTo(before);
        assertThat(model.steps()).isEqualTo(1);
    }

    @Test
    void a_new_start_starts_the_path_there() {
        assertThat(model.setStart(2.0, -1.0)).isEmpty();
        assertThat(model.current().a()).isEqualTo(2.0);
        assertThat(model.current().b()).isEqualTo(-1.0);
        assertThat(model.regime()).isEqualTo(Regime.START);
    }

    @Test
    void the_surface_is_bounded_and_its_contours_are_closed_rings_around_the_lowest_point() {
        LossLandscapeModel.Surface s = LossLandscapeModel.surface();
        assertThat(s.heat()).hasSize(s.size() * s.size());
        for (double v : s.heat()) assertThat(v).isBetween(0.5, 1.0);
        assertThat(s.contourXs()).hasSameSizeAs(s.contourYs()).hasSizeLessThan(4000);
        // the innermost level is an ellipse around (0.475, 1.025): one closed line
        List<double[]> innermost = new ArrayList<>();
        for (int i = 0; i < s.contourXs().length && !Double.isNaN(s.contourYs()[i]); i++) {
            innermost.add(new double[] {s.contourXs()[i], s.contourYs()[i]});
        }
        assertThat(innermost.get(0)).containsExactly(innermost.get(innermost.size() - 1));
        double[] lowest = LossLandscapeModel.lowestPoint();
        for (double[] p : innermost) {
            double e = org.dlf.engine.DescentExample.landscape().loss(p[0], p[1]);
            assertThat(e).isCloseTo(s.levels()[0], within(0.005));
            assertThat(Math.hypot(p[0] - lowest[0], p[1] - lowest[1])).isLessThan(1.0);
        }
    }
}

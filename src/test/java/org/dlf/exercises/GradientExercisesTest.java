package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dlf.engine.Network;
import org.dlf.engine.WorkedExample;
import org.dlf.exercises.Verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The exercises of chapter 7 (gradient descent) and the new ones of chapter 8, against the engine, and the
 * numbers their texts and the chapters quote.
 */
class GradientExercisesTest {

    private static NumericTarget example(Computation c) {
        return Computations.evaluate(c, Variant.example(c));
    }

    private static Variant descent(Computation c, String eta) {
        Map<String, BigDecimal> v = new LinkedHashMap<>(Variant.example(c).values());
        v.put("eta", new BigDecimal(eta));
        return new Variant(v);
    }

    @Test
    void the_first_step_with_eta_0_2_goes_to_w_minus_1_055625() {
        NumericTarget t = example(Computation.DESCENT_W_AFTER_1);
        assertThat(t.answer()).isCloseTo(-1.055625, within(1e-12));
        assertThat(t.mistakes().get("sign-error").get(0)).isCloseTo(-1.944375, within(1e-12));
        assertThat(t.mistakes().get("gave-b").get(0)).isCloseTo(2.90125, within(1e-12));
        NumericTarget other =
                Computations.evaluate(Computation.DESCENT_W_AFTER_1, descent(Computation.DESCENT_W_AFTER_1, "0.50"));
        assertThat(other.answer()).isCloseTo(-1.5 + 0.5 * 2.221875, within(1e-12));
        assertThat(other.exampleAnswer()).isCloseTo(-1.055625, within(1e-12));
    }

    @Test
    void the_steps_to_a_loss_below_0_05_are_those_the_chapter_quotes() {
        Map<String, Integer> quoted = Map.of("0.05", 68, "0.10", 34, "0.20", 17, "0.40", 8);
        quoted.forEach((eta, steps) -> {
            NumericTarget t = Computations.evaluate(
                    Computation.DESCENT_STEPS_TO_LOSS, descent(Computation.DESCENT_STEPS_TO_LOSS, eta));
            assertThat(t.answer()).as("η = " + eta).isEqualTo((double) steps);
            assertThat(t.mistakes().get("last-above")).containsExactly((double) steps - 1);
        });
    }

    @Test
    void a_learning_rate_diverges_when_the_loss_ends_above_its_start_and_zig_zags_are_named() {
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 1.0).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 10).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 0.8))
                .isEqualTo(Verdict.of(Outcome.MISTAKE, "zigzag-converges"));
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 0.4)).isEqualTo(Verdict.of(Outcome.MISTAKE, "converges"));
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 0.0).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 11).code()).isEqualTo("invalid.learning-rate");
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 11).args()).containsExactly("0.0001", "10");
    }

    @Test
    void the_divergence_threshold_the_explanation_quotes_is_about_0_871() {
        double lo = 0.8, hi = 1.0;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (Checks.judge(Check.DESCENT_DIVERGES, mid).correct()) hi = mid;
            else lo = mid;
        }
        assertThat(hi).isBetween(0.8674, 0.8715);
        // below 1/λ_max ≈ 0.434 no step turns back; at the chapter's 0.8 the steps zig-zag
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 0.43).code()).isEqualTo("converges");
        assertThat(Checks.judge(Check.DESCENT_DIVERGES, 0.8).code()).isEqualTo("zigzag-converges");
    }

    @Test
    void the_gradient_check_of_w5_is_the_central_difference_with_h_0_05() {
        NumericTarget t = example(Computation.GRADIENT_CHECK_DW5);
        assertThat(t.answer()).isCloseTo((0.302463883 - 0.294247783) / 0.1, within(1e-8));
        assertThat(t.answer()).isCloseTo(0.0821610045, within(1e-10));
        assertThat(t.mistakes().get("backprop-value").get(0)).isCloseTo(0.0821670406, within(1e-10));
        assertThat(t.mistakes().get("missing-half").get(0)).isCloseTo(2 * t.answer(), within(1e-12));
        assertThat(Math.abs(t.mistakes().get("forward-difference").get(0) - t.answer()))
                .isGreaterThan(1e-4);
        double relative = Math.abs(t.answer() - 0.0821670406) / 0.0821670406;
        assertThat(relative).isBetween(6e-5, 8e-5);
    }

    @Test
    void the_gradient_check_of_w7_in_the_chapter_text() {
        double plus = lossWithW7(0.55), minus = lossWithW7(0.45);
        assertThat(plus).isCloseTo(0.297263473, within(1e-9));
        assertThat(minus).isCloseTo(0.299524148, within(1e-9));
        assertThat((plus - minus) / 0.1).isCloseTo(-0.0226067530, within(1e-10));
    }

    private static double lossWithW7(double w7) {
        Network n = WorkedExample.network().setWeight(1, 1, 0, w7);
        return n.loss(WorkedExample.input(), WorkedExample.target(), WorkedExample.LOSS);
    }

    @Test
    void the_sigmoid_bound_is_a_quarter_to_the_power_of_the_layers() {
        NumericTarget five = example(Computation.VANISHING_SIGMOID_BOUND);
        assertThat(five.answer()).isEqualTo(Math.pow(0.25, 5));
        assertThat(five.mistakes().get("fewer-layers")).containsExactly(Math.pow(0.25, 4));
        assertThat(five.mistakes().get("sigmoid-value")).containsExactly(Math.pow(0.5, 5));
        assertThat(five.mistakes().get("added")).containsExactly(1.25);
        Variant eight = new Variant(Map.of("layers", new BigDecimal(8)));
        assertThat(Computations.evaluate(Computation.VANISHING_SIGMOID_BOUND, eight)
                        .answer())
                .isCloseTo(1.52587890625e-5, within(1e-15));
    }

    @Test
    void the_new_manifests_parse_with_their_checks_and_computations() {
        ExerciseSpec diverging = ManifestFixture.spec("descent-diverging-rate");
        assertThat(diverging.check()).isEqualTo(Check.DESCENT_DIVERGES);
        assertThat(diverging.chapter()).isEqualTo("gradient-descent");
        assertThat(diverging.mistakes())
                .extracting(ExerciseSpec.Mistake::name)
                .containsExactlyInAnyOrder("converges", "zigzag-converges");
        assertThat(ManifestFixture.spec("descent-steps-to-loss").learnerVariant())
                .isTrue();
        assertThat(ManifestFixture.spec("backprop-gradient-check").chapter()).isEqualTo("backpropagation");
        assertThat(ManifestFixture.spec("mlp-symmetry").answer()).isEqualTo(java.util.List.of("a", "b", "c", "f"));
    }

    @Test
    void a_check_answer_is_judged_by_the_engine_and_an_unreadable_one_is_invalid() {
        ExerciseSpec spec = ManifestFixture.spec("descent-diverging-rate");
        assertThat(AnswerChecker.numeric(spec, Check.DESCENT_DIVERGES, "1,2").correct())
                .isTrue();
        assertThat(AnswerChecker.numeric(spec, Check.DESCENT_DIVERGES, "0.6").code())
                .isEqualTo("zigzag-converges");
        assertThat(AnswerChecker.numeric(spec, Check.DESCENT_DIVERGES, "abc").outcome())
                .isEqualTo(Outcome.INVALID);
        assertThat(AnswerChecker.numeric(spec, Check.DESCENT_DIVERGES, "NaN").code())
                .isEqualTo("invalid.not-finite");
    }
}

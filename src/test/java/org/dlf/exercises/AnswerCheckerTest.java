package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dlf.exercises.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {

    private static Verdict numeric(String id, String typed) {
        ExerciseSpec spec = ManifestFixture.spec(id);
        Computation c = spec.compute();
        NumericTarget target = c == null
                ? new NumericTarget((Double) spec.answer(), Map.of(), null)
                : Computations.evaluate(c, Variant.example(c));
        return AnswerChecker.numeric(spec, target, typed);
    }

    @Test
    void the_source_figure_after_one_step_is_named_as_the_updated_weights_mistake() {
        assertThat(numeric("training-e-after-1", "0.291027924"))
                .isEqualTo(Verdict.of(Outcome.MISTAKE, "updated-output-weights"));
        assertThat(numeric("training-e-after-1", "0,291027774").outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void the_copied_typo_is_recognised() {
        assertThat(numeric("forward-out-o1", "0.75136079").code()).isEqualTo("copied-typo");
        assertThat(numeric("forward-out-o1", "0.7513650").outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void e_o1_handed_in_as_the_total_and_a_missing_half_are_named() {
        assertThat(numeric("forward-e-total", "0.274811083").code()).isEqualTo("e-o1-as-total");
        assertThat(numeric("forward-e-total", "0.596742218").code()).isEqualTo("missing-half");
    }

    @Test
    void a_dropped_sigmoid_derivative_and_a_sign_error_are_named() {
        assertThat(numeric("backward-de-dw5", "-0.0821670406").code()).isEqualTo("sign-error");
        assertThat(numeric("backward-de-dw5", String.valueOf(0.741365069552316 * 0.5932699921071872))
                        .code())
                .isEqualTo("dropped-sigmoid-derivative");
    }

    @Test
    void a_learner_who_hands_in_the_chapter_example_is_told_to_use_their_own_numbers() {
        ExerciseSpec spec = ManifestFixture.spec("backward-w1-new");
        Variant mine = VariantGenerator.forLearner(
                UUID.randomUUID(), spec.id(), Computation.BACKWARD_W1_NEW, spec.tolerance());
        NumericTarget target = Computations.evaluate(Computation.BACKWARD_W1_NEW, mine);
        assertThat(AnswerChecker.numeric(spec, target, "0.1497807161").code()).isEqualTo("wrong.course-example");
        assertThat(AnswerChecker.numeric(spec, target, String.valueOf(target.answer()))
                        .correct())
                .isTrue();
    }

    @Test
    void unreadable_numbers_are_invalid_with_the_reason() {
        assertThat(numeric("perceptron-single-update", "1,234.5").code()).isEqualTo("invalid.ambiguous-separator");
        assertThat(numeric("perceptron-single-update", "−0.6").outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void choices_orderings_and_classifications() {
        assertThat(AnswerChecker.check(ManifestFixture.spec("history-imagenet-2012"), new Answer.Choice("b"))
                        .correct())
                .isTrue();
        assertThat(AnswerChecker.check(
                        ManifestFixture.spec("history-winter-causes"), new Answer.Choices(Set.of("a", "d"))))
                .isEqualTo(Verdict.of(Outcome.WRONG, "wrong.multiple", 2, 1));
        assertThat(AnswerChecker.check(
                        ManifestFixture.spec("forward-order"), new Answer.Order(List.of("a", "b", "d", "c", "e"))))
                .isEqualTo(Verdict.of(Outcome.WRONG, "wrong.ordering", 3, 5));
        assertThat(AnswerChecker.check(
                                ManifestFixture.spec("ml-supervised-unsupervised"),
                                new Answer.Classes(Map.of("knn", "supervised")))
                        .outcome())
                .isEqualTo(Outcome.INVALID);
        assertThat(AnswerChecker.check(ManifestFixture.spec("history-imagenet-2012"), new Answer.Order(List.of("b")))
                        .outcome())
                .isEqualTo(Outcome.INVALID);
    }
}

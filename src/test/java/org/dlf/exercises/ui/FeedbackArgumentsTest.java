package org.dlf.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import org.dlf.TestTranslations;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.exercises.Verdict;
import org.junit.jupiter.api.Test;

class FeedbackArgumentsTest {

    /** The MLP trainer as the lock registry knows it (its factory lives in a chapter package). */
    private static final LockableWidget MLP = new LockableWidget() {
        @Override
        public String name() {
            return "mlp-trainer";
        }

        @Override
        public String messagePrefix() {
            return "mlp";
        }

        @Override
        public List<LockableParameter> lockable() {
            return List.of(
                    LockableParameter.choice(
                            "dataset", List.of("XOR", "CIRCLE", "XOR_QUADRANTS", "SPIRAL", "GAUSSIAN"), "XOR"),
                    LockableParameter.choice("activation", List.of("TANH", "SIGMOID", "RELU", "LINEAR"), "TANH"),
                    LockableParameter.number("learningRate", 0.0001, 10, 0.5));
        }
    };

    private static String feedback(String language, Verdict v) {
        TestTranslations tr = new TestTranslations(language);
        return tr.t("exercises.feedback." + v.code(), FeedbackArguments.of(v, Optional.of(MLP), tr::t));
    }

    @Test
    void data_sets_and_locked_values_are_named_as_the_widget_shows_them_in_both_languages() {
        Verdict dataset = Verdict.of(Verdict.Outcome.WRONG, "goal.dataset", "XOR", "CUSTOM");
        Verdict locked = Verdict.of(Verdict.Outcome.NOT_READY, "goal.locked", "dataset", "CIRCLE", "XOR_QUADRANTS");
        Verdict activation = Verdict.of(Verdict.Outcome.NOT_READY, "goal.locked", "activation", "TANH", "RELU");
        Verdict rate = Verdict.of(Verdict.Outcome.NOT_READY, "goal.locked", "learningRate", "0.1", "0.5");
        Verdict used = Verdict.of(Verdict.Outcome.WRONG, "goal.activation", "sigmoid", "linear");

        assertThat(feedback("en", dataset))
                .isEqualTo(
                        "The goal needs the XOR (4 points) data set, but the trainer is using Custom (my own points).");
        assertThat(feedback("zh", dataset)).contains("自定义（自己放置的点）").contains("XOR（4 个点）");
        assertThat(feedback("en", locked)).contains("Circle is required, the run used XOR quadrants");
        assertThat(feedback("zh", activation)).contains("tanh").contains("ReLU");
        assertThat(feedback("en", rate)).contains("0.1 is required, the run used 0.5");
        assertThat(feedback("zh", used)).isEqualTo("目标要求隐藏神经元使用 sigmoid，当前网络用的是 线性。");
        for (String language : new String[] {"zh", "en"}) {
            for (Verdict v : List.of(dataset, locked, activation, rate, used)) {
                assertThat(TestTranslations.internalNamesIn(feedback(language, v)))
                        .isEmpty();
            }
        }
    }

    @Test
    void other_feedback_and_widgets_without_locks_keep_their_arguments() {
        Verdict accuracy = Verdict.of(Verdict.Outcome.WRONG, "goal.accuracy", 95, 60);
        assertThat(FeedbackArguments.of(accuracy, Optional.of(MLP), (k, a) -> k))
                .containsExactly(95, 60);
        Verdict dataset = Verdict.of(Verdict.Outcome.WRONG, "goal.dataset", "XOR", "CUSTOM");
        assertThat(FeedbackArguments.of(dataset, Optional.empty(), (k, a) -> MessageFormat.format(k, a)))
                .containsExactly("XOR", "CUSTOM");
    }
}

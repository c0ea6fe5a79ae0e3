package org.dlf.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockableParameterTest {

    private final LockableParameter rate = LockableParameter.number("learningRate", 0.0001, 10, 0.5);
    private final LockableParameter seed = LockableParameter.integer("seed", 0, 999_999, 1);
    private final LockableParameter dataset =
            LockableParameter.choice("dataset", List.of("XOR", "XOR_QUADRANTS"), "XOR");

    @Test
    void numbers_inside_the_widget_bounds_get_one_canonical_spelling() {
        assertThat(rate.normalise(" 0.10 ")).contains("0.1");
        assertThat(rate.normalise("1e-1")).contains("0.1");
        assertThat(rate.normalise("10")).contains("10");
        assertThat(rate.normalise("0.0001")).contains("0.0001");
    }

    @Test
    void values_outside_the_bounds_or_not_numbers_are_refused() {
        assertThat(rate.normalise("10.5")).isEmpty();
        assertThat(rate.normalise("0")).isEmpty();
        assertThat(rate.normalise("NaN")).isEmpty();
        assertThat(rate.normalise("Infinity")).isEmpty();
        assertThat(rate.normalise("abc")).isEmpty();
        assertThat(seed.normalise("7.5")).isEmpty();
        assertThat(seed.normalise("-1")).isEmpty();
        assertThat(seed.normalise("1000000")).isEmpty();
        assertThat(seed.normalise("007")).contains("7");
    }

    @Test
    void choices_match_ignoring_case_and_nothing_else_is_accepted() {
        assertThat(dataset.normalise("xor quadrants")).contains("XOR_QUADRANTS");
        assertThat(dataset.normalise("xor")).contains("XOR");
        assertThat(dataset.normalise("CUSTOM")).isEmpty();
    }

    @Test
    void locks_permit_only_the_teachers_value_and_find_a_run_that_broke_them() {
        ParameterLocks locks = new ParameterLocks(Map.of("learningRate", "0.1", "seed", "7", "dataset", "XOR"));
        assertThat(locks.permits("learningRate", 0.1)).isTrue();
        assertThat(locks.permits("learningRate", 0.5)).isFalse();
        assertThat(locks.permits("seed", 7L)).isTrue();
        assertThat(locks.permits("seed", 8L)).isFalse();
        assertThat(locks.permits("dataset", "xor")).isTrue();
        assertThat(locks.permits("activation", "RELU")).isTrue();
        assertThat(locks.firstBreach(Map.of("learningRate", "0.10", "seed", "7", "dataset", "XOR")))
                .isEmpty();
        assertThat(locks.firstBreach(Map.of("learningRate", "0.5", "seed", "7", "dataset", "XOR")))
                .contains("learningRate");
        assertThat(locks.firstBreach(Map.of())).contains("dataset");
    }

    @Test
    void no_settings_means_no_restrictions() {
        assertThat(AssignmentRules.NONE.restricts()).isFalse();
        assertThat(AssignmentRules.NONE.chapterOpen("mlp")).isTrue();
        assertThat(AssignmentRules.NONE.locks("mlp-trainer").any()).isFalse();
        AssignmentRules rules = new AssignmentRules(Set.of("mlp"), false, Map.of("mlp-trainer", Map.of()));
        assertThat(rules.chapterOpen("mlp")).isFalse();
        assertThat(rules.locks()).isEmpty();
    }
}

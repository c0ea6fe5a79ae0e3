package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoppingRuleTest {

    private static String refusal(Runnable call) {
        return assertThrows(ConfigException.class, call::run).getMessage();
    }

    @Test
    void an_iteration_limit_beyond_the_bound_is_refused() {
        assertEquals(
                "max iterations must be between 1 and 100000 (got 2147483647)",
                refusal(() -> StoppingRule.maxIterations(Integer.MAX_VALUE)));
        assertEquals(
                "max iterations must be between 1 and 100000 (got 0)", refusal(() -> StoppingRule.errorBelow(1e-9, 0)));
        assertEquals(
                Limits.MAX_ITERATIONS,
                StoppingRule.maxIterations(Limits.MAX_ITERATIONS).maxIterations());
    }

    @Test
    void consecutive_iterations_must_fit_within_the_limit() {
        assertEquals("consecutive must be between 1 and 50 (got 51)", refusal(() -> StoppingRule.errorBelow(0.1, 50)
                .withConsecutive(51)));
        assertEquals("consecutive must be between 1 and 50 (got 0)", refusal(() -> StoppingRule.errorBelow(0.1, 50)
                .withConsecutive(0)));
        assertEquals(50, StoppingRule.errorBelow(0.1, 50).withConsecutive(50).consecutive());
    }

    @Test
    void a_negative_epsilon_is_named_and_nan_switches_a_rule_off() {
        assertEquals(
                "error epsilon must be at least 0, or NaN to switch the rule off (got -1)",
                refusal(() -> StoppingRule.errorBelow(-1, 10)));
        assertEquals(
                "weight change epsilon must be at least 0, or NaN to switch the rule off (got -Infinity)",
                refusal(() -> StoppingRule.weightChangeBelow(Double.NEGATIVE_INFINITY, 10)));
        StoppingRule off = StoppingRule.maxIterations(10);
        assertEquals(Double.NaN, off.errorEpsilon());
        assertEquals(Double.NaN, off.weightChangeEpsilon());
        assertEquals("unit is required", refusal(() -> off.withUnit(null)));
    }
}

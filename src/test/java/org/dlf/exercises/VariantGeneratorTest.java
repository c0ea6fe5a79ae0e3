package org.dlf.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantGeneratorTest {

    @Test
    void the_same_learner_always_gets_the_same_numbers_and_others_get_different_ones() {
        UUID learner = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Variant a = VariantGenerator.forLearner(learner, "forward-out-o1", Computation.FORWARD_OUT_O1, 1e-6);
        Variant b = VariantGenerator.forLearner(learner, "forward-out-o1", Computation.FORWARD_OUT_O1, 1e-6);
        assertThat(a).isEqualTo(b);
        Set<Variant> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(
                    VariantGenerator.forLearner(UUID.randomUUID(), "forward-out-o1", Computation.FORWARD_OUT_O1, 1e-6));
        }
        assertThat(seen).hasSizeGreaterThan(45);
    }

    @Test
    void every_mistake_of_every_variant_is_far_from_the_right_answer() {
        for (Computation c : Computation.values()) {
            if (!c.example().perLearner()) continue;
            for (int i = 0; i < 40; i++) {
                Variant v = VariantGenerator.forLearner(UUID.randomUUID(), c.manifestName(), c, 1e-6);
                assertThat(VariantGenerator.distinguishable(v, c, 1e-6))
                        .as(c + " " + v)
                        .isTrue();
            }
        }
    }

    @Test
    void the_prompt_gets_the_learner_numbers_and_keeps_unknown_placeholders() {
        Variant v = Variant.example(Computation.NEURON_OUTPUT);
        assertThat(v.fill("x₁ = {x1}, w₂ = {w2}, {other}")).isEqualTo("x₁ = 1.0, w₂ = −0.6, {other}");
    }
}

package org.dlf.chapters.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlf.chapters.stepper.WorkedValues;
import org.junit.jupiter.api.Test;

class BackpropTrainingTest {

    private static BackpropTraining.Progress runToEnd(int steps) {
        BackpropTraining training =
                BackpropTraining.of(steps, new WorkedValues()).orElseThrow();
        int slices = 0;
        while (!training.halted()) {
            training.advance(System.nanoTime() + 1_000_000_000L, Long.MAX_VALUE);
            slices++;
        }
        assertTrue(slices < 5);
        return training.frame();
    }

    @Test
    void one_step_brings_the_error_to_0_291027774() {
        BackpropTraining.Progress p = runToEnd(1);
        assertEquals(0.29102777369359933, p.error(), 1e-9);
        assertTrue(p.finished());
        assertEquals(2, p.steps().length);
        assertEquals(0.2983711087600027, p.errors()[0], 1e-9);
    }

    @Test
    void ten_thousand_steps_bring_the_outputs_near_their_targets() {
        BackpropTraining.Progress p = runToEnd(10_000);
        assertEquals(3.510187782978859e-05, p.error(), 1e-12);
        assertEquals(0.0159136, p.out1(), 1e-6);
        assertEquals(0.984064, p.out2(), 1e-6);
        assertTrue(p.steps().length <= 2 * BackpropTraining.SAMPLES + 1, "the curve is sampled: " + p.steps().length);
        assertEquals(10_000, p.steps()[p.steps().length - 1]);
        assertEquals(3.510187782978859e-05, p.errors()[p.errors().length - 1], 1e-12);
    }

    @Test
    void a_run_goes_step_by_step_and_each_frame_hands_over_only_the_new_points() {
        BackpropTraining training =
                BackpropTraining.of(10_000, new WorkedValues()).orElseThrow();
        assertEquals(1, training.frame().steps().length); // the start

        assertEquals(3, training.advance(Long.MAX_VALUE, 3));
        BackpropTraining.Progress p = training.frame();
        assertEquals(3, p.done());
        assertEquals(3, p.steps().length);
        assertEquals(1, p.steps()[0]);
        assertFalse(p.finished());
        assertEquals(0, training.frame().steps().length);
    }

    @Test
    void a_slice_with_a_past_deadline_still_makes_progress_and_can_continue() {
        BackpropTraining training =
                BackpropTraining.of(10_000, new WorkedValues()).orElseThrow();
        training.advance(System.nanoTime() - 1, Long.MAX_VALUE);
        BackpropTraining.Progress p = training.frame();
        assertTrue(p.done() >= 256 && (training.halted() || p.done() < 10_000));
        assertTrue(p.error() < 0.2983711087600027);
    }

    @Test
    void step_counts_out_of_bounds_are_refused() {
        assertEquals("backprop.train.range", BackpropTraining.validate(0).orElseThrow());
        assertEquals("backprop.train.range", BackpropTraining.validate(10_001).orElseThrow());
        assertEquals("backprop.train.range", BackpropTraining.validate(null).orElseThrow());
        assertTrue(BackpropTraining.of(-5, new WorkedValues()).isEmpty());
        assertTrue(BackpropTraining.validate(10_000).isEmpty());
    }
}

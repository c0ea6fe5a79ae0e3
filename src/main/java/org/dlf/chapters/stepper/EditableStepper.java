package org.dlf.chapters.stepper;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.stepper.WorkedValues.Param;

/**
 * A stepper whose network numbers the learner may change ({@link WorkedValues}): every accepted change
 * recomputes every step; a refused one (out of bounds, or a number this stepper does not use) changes nothing.
 * Also keeps the step shown. Subclasses say which numbers are theirs and how the steps follow from them.
 */
public abstract class EditableStepper implements Stepper {

    private final WorkedValues values = new WorkedValues();
    private int step;

    /** The numbers the learner may change in this stepper, in the order the editor shows them. */
    public abstract List<Param> editable();

    /** Computes every step again from {@code values} (also once by the subclass's constructor). */
    protected abstract void recompute(WorkedValues values);

    /** The numbers in use (read them; change them only through {@link #set}, {@link #setAll} and {@link #reset}). */
    public final WorkedValues values() {
        return values;
    }

    public final double value(Param p) {
        return values.get(p);
    }

    /** Sets one number; one out of bounds (or not this stepper's) is refused with a message key (min, max). */
    public final Optional<String> set(Param p, double value) {
        if (!editable().contains(p)) {
            return Optional.of(p.rangeKey());
        }
        Optional<String> problem = values.set(p, value);
        if (problem.isEmpty()) {
            recompute(values);
        }
        return problem;
    }

    /** Sets several numbers at once or none (the first refused one, with its message key); others are ignored. */
    public final Optional<Map.Entry<Param, String>> setAll(Map<Param, Double> changes) {
        Map<Param, Double> used = new EnumMap<>(Param.class);
        changes.forEach((p, v) -> {
            if (editable().contains(p)) {
                used.put(p, v);
            }
        });
        Optional<Map.Entry<Param, String>> problem = values.setAll(used);
        recompute(values);
        return problem;
    }

    /** Back to the course's worked example (the step stays). */
    public final void reset() {
        values.reset();
        recompute(values);
    }

    public final boolean isCourseValues() {
        return values.isCourse();
    }

    @Override
    public final int step() {
        return step;
    }

    /** Moves to step {@code n}, 0 … {@link #stepCount()}; anything else is refused with a message key. */
    public final Optional<String> goTo(int n) {
        if (n < 0 || n > stepCount()) {
            return Optional.of("stepper.step-range");
        }
        step = n;
        return Optional.empty();
    }

    @Override
    public final void next() {
        step = Math.min(stepCount(), step + 1);
    }

    @Override
    public final void previous() {
        step = Math.max(0, step - 1);
    }
}

package org.dlf.chapters.stepper;

import java.util.Map;
import java.util.Optional;
import org.dlf.chapters.stepper.WorkedValues.Param;

/** A stepper whose network numbers the learner may change; every change recomputes every step. */
public interface EditableStepper extends Stepper {

    /** The numbers in use (read them; change them only through {@link #set} and {@link #reset}). */
    WorkedValues values();

    /** Sets one number; a value out of bounds is refused with a message key (arguments: min, max). */
    Optional<String> set(Param p, double value);

    /** Sets several numbers at once or none (the first refused one, with its message key). */
    Optional<Map.Entry<Param, String>> setAll(Map<Param, Double> changes);

    /** Back to the course's worked example (the step stays). */
    void reset();

    /** Moves to step {@code n}, 0 … {@link #stepCount()}; anything else is refused with a message key. */
    Optional<String> goTo(int n);

    /** The numbers the learner may change in this stepper, in the order the editor shows them. */
    java.util.List<Param> editable();
}

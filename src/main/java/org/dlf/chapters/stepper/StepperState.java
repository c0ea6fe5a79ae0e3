package org.dlf.chapters.stepper;

import java.util.List;
import org.dlf.chapters.share.StateFields;
import org.dlf.chapters.stepper.WorkedValues.Param;

/**
 * A stepper's settings in a link: every number the learner may change, by its symbol ({@code i1}, {@code w5},
 * {@code target_o1}, {@code eta}), and the {@code step} shown; each checked against its bounds as the fields
 * are.
 */
public final class StepperState {

    private StepperState() {}

    /** The codec of a stepper that lets the learner change {@code editable}. */
    public static <M extends EditableStepper> StateFields<M> codec(List<Param> editable, int steps) {
        StateFields<M> fields = StateFields.of();
        for (Param p : editable) {
            fields.number(
                    p.symbol(),
                    null,
                    List.of(StepTex.text(p.min()), StepTex.text(p.max())),
                    m -> m.values().get(p),
                    (m, v) -> m.set(p, v));
        }
        return fields.integer(
                "step", "stepper.step", List.of(0, steps), m -> (long) m.step(), (m, n) -> m.goTo(n.intValue()));
    }
}

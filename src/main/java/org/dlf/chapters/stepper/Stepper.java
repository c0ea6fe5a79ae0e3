package org.dlf.chapters.stepper;

import java.util.List;
import java.util.Optional;

/** A model that walks a fixed number of {@link NetworkStep}s on the 2-2-2 network. */
public interface Stepper {

    /** How many steps have been taken: 0 … {@link #stepCount()}. */
    int step();

    /** Every step, in order. */
    List<NetworkStep> all();

    default int stepCount() {
        return all().size();
    }

    void next();

    void previous();

    default boolean hasNext() {
        return step() < stepCount();
    }

    default boolean hasPrevious() {
        return step() > 0;
    }

    /** The step shown now, empty before the first. */
    default Optional<NetworkStep> current() {
        return step() == 0 ? Optional.empty() : Optional.of(all().get(step() - 1));
    }

    /** The steps taken so far, in order. */
    default List<NetworkStep> done() {
        return all().subList(0, step());
    }

    /** What the network diagram shows in the current state. */
    WorkedExampleDiagram.Labels labels();
}

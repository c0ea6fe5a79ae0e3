package org.dlf.assignment;

import java.util.List;

/** A widget whose parameters a teacher may lock (implemented by the widget's factory). */
public interface LockableWidget {

    /** The widget's name as in content, e.g. {@code mlp-trainer}. */
    String name();

    /**
     * The widget's message prefix, e.g. {@code mlp}: a choice's label is {@code PREFIX.PARAMETER.value} in
     * lower case (e.g. {@code mlp.activation.tanh}), the same label the widget shows.
     */
    String messagePrefix();

    /** The parameters a teacher may lock, in the order the widget shows them. */
    List<LockableParameter> lockable();
}

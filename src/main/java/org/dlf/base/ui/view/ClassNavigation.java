package org.dlf.base.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The navigation's classroom entry for learners, as plain data: "Join a class", or the class they are in.
 * Implemented by the classroom feature (which depends on this package, so the shell stays free of it).
 */
public interface ClassNavigation {

    /** The entry for the current visitor, its label in the UI's language. */
    Entry entry(UI ui);

    /** Calls {@code listener} whenever the visitor joined or left a class in this UI. */
    Registration addChangeListener(UI ui, Runnable listener);

    /** Where the entry leads; {@code className} is the class the learner is in, {@code null} when none. */
    record Entry(String label, String path, @Nullable String className) {}
}

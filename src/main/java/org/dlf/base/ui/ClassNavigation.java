package org.dlf.base.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The navigation's classroom entry for learners: "Join a class", or the class they are in. Implemented by
 * the classroom feature (which depends on this package, so the shell stays free of it).
 */
public interface ClassNavigation {

    /** The entry; it updates itself when the learner joins or leaves a class. */
    SideNavItem item();
}

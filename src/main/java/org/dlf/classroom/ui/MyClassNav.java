package org.dlf.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.dlf.base.ui.ClassNavigation;
import org.dlf.classroom.ClassMembership;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The navigation entry: "Join a class", or "My class · 3B" once the learner is in one. */
@Component
class MyClassNav implements ClassNavigation {

    private final ClassMembership membership;

    MyClassNav(ClassMembership membership) {
        this.membership = membership;
    }

    @Override
    public SideNavItem item() {
        return new Item(membership);
    }

    private static final class Item extends SideNavItem {
        private final ClassMembership membership;
        private @Nullable Registration listener;

        Item(ClassMembership membership) {
            super("", "join", VaadinIcon.USERS.create());
            this.membership = membership;
            setId("nav-my-class");
        }

        @Override
        protected void onAttach(AttachEvent event) {
            refresh();
            listener = ComponentUtil.addListener(event.getUI(), MembershipChanged.class, e -> refresh());
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (listener != null) listener.remove();
        }

        private void refresh() {
            List<ClassMembership.Joined> joined = membership.classesOf(CurrentLearner.id());
            if (joined.isEmpty()) {
                setLabel(getTranslation("nav.join"));
                setPath("join");
                getElement().removeAttribute("data-class");
            } else {
                String name = joined.getLast().className();
                setLabel(getTranslation("myclass.nav", name));
                setPath("my-class");
                getElement().setAttribute("data-class", name);
            }
        }
    }
}

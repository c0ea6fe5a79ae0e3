package org.dlf.classroom.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.dlf.base.ui.view.ClassNavigation;
import org.dlf.classroom.ClassMembership;
import org.springframework.stereotype.Component;

/** The navigation entry: "Join a class", or "My class: 3B" once the learner is in one. */
@Component
class MyClassNav implements ClassNavigation {

    private final ClassMembership membership;

    MyClassNav(ClassMembership membership) {
        this.membership = membership;
    }

    @Override
    public Entry entry(UI ui) {
        List<ClassMembership.Joined> joined = membership.classesOf(JoinIdentity.id());
        if (joined.isEmpty()) {
            return new Entry(ui.getTranslation("nav.join"), "join", null);
        }
        String name = joined.getLast().className();
        return new Entry(ui.getTranslation("myclass.nav", name), "my-class", name);
    }

    @Override
    public Registration addChangeListener(UI ui, Runnable listener) {
        return ComponentUtil.addListener(ui, MembershipChanged.class, e -> listener.run());
    }
}

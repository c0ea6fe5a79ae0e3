package org.dlf.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomActivity;
import org.dlf.classroom.ClassroomService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Show on projector": the class's code, join link and QR code filling the screen, without the course's
 * navigation; the number of students who joined updates live, and a new code or a closed class shows at
 * once. A button asks the browser for full screen.
 */
@Route("teacher/present")
@RolesAllowed("TEACHER")
@StyleSheet("styles/widgets/classroom.css")
@StyleSheet("styles/widgets/projector.css")
class ProjectorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final ClassroomActivity activity;
    private final String teacher;
    private final H1 title = new H1();
    private final Paragraph joined = new Paragraph();
    private final JoinPanel join = new JoinPanel(false);
    private long classId;
    private @Nullable Runnable unsubscribe;

    ProjectorView(ClassroomService classrooms, ClassroomActivity activity, AuthenticationContext auth) {
        this.classrooms = classrooms;
        this.activity = activity;
        this.teacher = auth.getPrincipalName().orElseThrow();
        setId("projector");
        addClassName("projector");
        title.setId("projector-title");
        joined.setId("projector-joined");
        joined.addClassName("projector-joined");
        Button fullScreen = new Button(getTranslation("projector.fullscreen"), VaadinIcon.EXPAND_SQUARE.create());
        fullScreen.setId("projector-fullscreen");
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullScreen.addClickListener(e -> fullScreen
                .getElement()
                .executeJs("if (document.fullscreenElement) document.exitFullscreen();"
                        + " else document.documentElement.requestFullscreen().catch(() => {})"));
        Div tools = new Div(fullScreen);
        tools.addClassName("projector-tools");
        add(tools, title, new Paragraph(getTranslation("projector.lead")), join, joined);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        classId = parameter;
        try {
            show(classrooms.summary(teacher, classId));
            classrooms.openedFrom(teacher, classId, JoinIdentity.address());
        } catch (AccessDeniedException e) {
            throw new NotFoundException(); // another teacher's class looks like no class at all
        }
        if (getChildren().noneMatch(c -> c instanceof RouterLink)) {
            RouterLink back = new RouterLink(getTranslation("projector.back"), ClassDashboardView.class, classId);
            back.setId("projector-back");
            back.addClassName("projector-back");
            add(back);
        }
    }

    private void show(ClassSummary summary) {
        title.setText(summary.name());
        join.show(summary);
        joined.setText(getTranslation("projector.joined", summary.students()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = activity.subscribe(() -> {
            ClassSummary summary = classrooms.summary(teacher, classId); // outside the page's lock
            ui.access(() -> show(summary));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) unsubscribe.run();
        unsubscribe = null;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("projector.title");
    }
}

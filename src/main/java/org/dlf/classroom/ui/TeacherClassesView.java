package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomService;

/** A teacher's classes: create one, open its dashboard, sign out. */
@Route(value = "teacher", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@StyleSheet("styles/widgets/classroom.css")
class TeacherClassesView extends Main implements HasDynamicTitle {

    private final ClassroomService classrooms;
    private final String teacher;
    private final Grid<ClassSummary> grid = new Grid<>();
    private final TextField name = new TextField();

    TeacherClassesView(ClassroomService classrooms, AuthenticationContext auth) {
        this.classrooms = classrooms;
        this.teacher = auth.getPrincipalName().orElseThrow();
        setId("teacher-classes");
        addClassNames("page", "classroom-page");
        name.setId("class-name");
        name.setLabel(getTranslation("classroom.classes.name"));
        name.setMaxLength(80);
        Button create = new Button(getTranslation("classroom.classes.create"), e -> create());
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, create);
        form.addClassName("classroom-form");
        Button signOut = new Button(getTranslation("classroom.sign-out"), e -> auth.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor account = new Anchor("teacher/account", getTranslation("security.account.link"));
        account.setId("my-account");
        Div footer = new Div(account, signOut);
        footer.addClassName("classroom-actions");
        grid.setId("classes-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> new RouterLink(c.name(), ClassDashboardView.class, c.id()))
                .setHeader(getTranslation("classroom.classes.name"))
                .setFlexGrow(2);
        grid.addColumn(ClassSummary::code).setHeader(getTranslation("classroom.code"));
        grid.addColumn(ClassSummary::students).setHeader(getTranslation("classroom.classes.students"));
        grid.addColumn(c -> getTranslation(c.open() ? "classroom.open" : "classroom.closed"))
                .setHeader(getTranslation("classroom.classes.state"));
        add(
                new H1(getTranslation("classroom.classes.title")),
                new Paragraph(getTranslation("classroom.classes.lead", teacher)),
                form,
                grid,
                footer);
        refresh();
    }

    private void create() {
        if (name.getValue().isBlank() || name.getValue().strip().length() > 80) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("classroom.classes.name.invalid"));
            return;
        }
        name.setInvalid(false);
        ClassSummary created = classrooms.create(teacher, name.getValue());
        name.clear();
        getUI().ifPresent(ui -> ui.navigate(ClassDashboardView.class, created.id()));
    }

    private void refresh() {
        grid.setItems(classrooms.classes(teacher));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.classes.title") + " · " + getTranslation("app.title");
    }
}

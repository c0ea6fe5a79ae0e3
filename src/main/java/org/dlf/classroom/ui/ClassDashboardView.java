package org.dlf.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.dlf.assignment.LockableWidgets;
import org.dlf.base.ui.view.MainLayout;
import org.dlf.classroom.AssignmentService;
import org.dlf.classroom.ClassResults;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.ClassroomActivity;
import org.dlf.classroom.ClassroomService;
import org.dlf.classroom.ExerciseCsv;
import org.dlf.classroom.ExerciseNames;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The live dashboard of one class: join code, students × chapters, exercises, mistakes, who is stuck. */
@Route(value = "teacher/class", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@StyleSheet("styles/widgets/classroom.css")
class ClassDashboardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final ClassroomActivity activity;
    private final ContentService content;
    private final AssignmentService assignments;
    private final LockableWidgets lockable;
    private final ExerciseNames names;
    private final ExerciseCsv exerciseCsv;
    private final String teacher;
    private final H1 title = new H1();
    private final Button close = new Button();
    private final Paragraph closedNote = new Paragraph();
    private @Nullable ResultsTables tables;
    private @Nullable JoinPanel join;
    private long classId;
    private @Nullable Runnable unsubscribe;

    ClassDashboardView(
            ClassroomService classrooms,
            ClassroomActivity activity,
            ContentService content,
            AssignmentService assignments,
            LockableWidgets lockable,
            ExerciseNames names,
            ExerciseCsv exerciseCsv,
            AuthenticationContext auth) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.lockable = lockable;
        this.activity = activity;
        this.content = content;
        this.names = names;
        this.exerciseCsv = exerciseCsv;
        this.teacher = auth.getPrincipalName().orElseThrow();
        setId("class-dashboard");
        addClassNames("page", "classroom-page", "classroom-dashboard");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        classId = parameter;
        ClassSummary summary;
        try {
            summary = classrooms.summary(teacher, classId);
        } catch (AccessDeniedException e) {
            throw new NotFoundException(); // another teacher's class looks like no class at all
        }
        removeAll();
        JoinPanel join = new JoinPanel(true);
        Button reset = new Button(
                getTranslation("classroom.dashboard.reset"), e -> show(classrooms.resetCode(teacher, classId)));
        reset.setId("reset-code");
        close.setText(getTranslation("classroom.dashboard.close"));
        close.setId("close-class");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setTooltipText(getTranslation("classroom.dashboard.close.tooltip"));
        close.addClickListener(e -> show(classrooms.close(teacher, classId)));
        closedNote.setText(getTranslation("classroom.dashboard.closed-note"));
        closedNote.setId("class-closed-note");
        closedNote.addClassName("classroom-closed-note");
        Language language = Language.of(getLocale());
        Anchor csv = csvLink(
                "csv-export",
                "class-" + classId + ".csv",
                "classroom.dashboard.csv",
                () -> classrooms.csv(teacher, classId));
        Anchor perExercise = csvLink(
                "csv-exercises",
                "class-" + classId + "-exercises.csv",
                "projector.csv.exercises",
                () -> exerciseCsv.of(teacher, classId, language));
        Div actions = new Div(
                reset,
                close,
                csv,
                perExercise,
                new RouterLink(getTranslation("classroom.dashboard.back"), TeacherClassesView.class));
        actions.addClassName("classroom-actions");
        tables = new ResultsTables(
                (k, a) -> getTranslation(k, a), language, content, names, this::remove, student -> new ResumeCodeDialog(
                                classrooms, teacher, classId, student)
                        .open());
        // students on this network may join this class whatever others here try (see JoinLimits)
        classrooms.openedFrom(teacher, classId, JoinIdentity.address());
        AssignmentPanel assignment = new AssignmentPanel(assignments, lockable, content, teacher, classId, language);
        add(title, join, actions, closedNote, assignment, tables);
        this.join = join;
        show(summary);
        refresh();
    }

    /** A download link of a CSV made when clicked (UTF-8 with a byte-order mark, for spreadsheets). */
    private Anchor csvLink(String id, String file, String label, Supplier<String> csv) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = ("\uFEFF" + csv.get()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
                }),
                getTranslation(label));
        link.setId(id);
        return link;
    }

    private void show(ClassSummary summary) {
        title.setText(summary.name());
        if (join != null) join.show(summary);
        close.setEnabled(summary.open());
        closedNote.setVisible(!summary.open());
    }

    private void remove(ClassResults.Student student) {
        classrooms.removeStudent(teacher, classId, student.learner());
        refresh();
    }

    private void refresh() {
        if (tables != null) tables.show(classrooms.results(teacher, classId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (tables == null) return; // no class shown (not found or not this teacher's)
        UI ui = event.getUI();
        unsubscribe = activity.subscribe(() -> {
            // the queries outside the page's lock: the teacher's own clicks need not wait for them
            ClassResults results = classrooms.results(teacher, classId);
            ui.access(() -> tables.show(results));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) unsubscribe.run();
        unsubscribe = null;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("classroom.dashboard.title");
    }
}

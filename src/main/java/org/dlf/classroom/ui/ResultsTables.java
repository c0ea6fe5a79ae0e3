package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.dlf.base.ui.component.Numbers;
import org.dlf.classroom.ClassResults;
import org.dlf.classroom.ExerciseNames;
import org.dlf.classroom.ResultsFilter;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's tables: students × chapters, exercises, named mistakes, who is stuck, whose training
 * diverged. Names are text.
 */
class ResultsTables extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Grid<ClassResults.Student> students = new Grid<>();
    private final Grid<ClassResults.ExerciseStats> exercises = new Grid<>();
    private final Grid<ClassResults.Mistake> mistakes = new Grid<>();
    private final Grid<ClassResults.Stuck> stuck = new Grid<>();
    private final Grid<ClassResults.Diverged> diverged = new Grid<>();
    private final Paragraph noDiverged = new Paragraph();
    private final LiveRows<ClassResults.Student> studentRows = new LiveRows<>(students, ClassResults.Student::learner);
    private final LiveRows<ClassResults.ExerciseStats> exerciseRows =
            new LiveRows<>(exercises, ClassResults.ExerciseStats::exerciseId);
    private final LiveRows<ClassResults.Mistake> mistakeRows =
            new LiveRows<>(mistakes, m -> m.exerciseId() + "\n" + m.mistake());
    private final LiveRows<ClassResults.Stuck> stuckRows = new LiveRows<>(stuck, s -> s.name() + "\n" + s.exerciseId());
    private final LiveRows<ClassResults.Diverged> divergedRows = new LiveRows<>(diverged, d -> d);
    private final BiFunction<String, Object[], String> tr;
    private final Language language;
    private final ContentService content;
    private final ExerciseNames names;
    private final Consumer<ClassResults.Student> remove;
    private final Consumer<ClassResults.Student> resumeCode;
    private boolean columns;
    private ResultsFilter filter = ResultsFilter.NONE;
    private @Nullable ClassResults last;

    ResultsTables(
            BiFunction<String, Object[], String> tr,
            Language language,
            ContentService content,
            ExerciseNames names,
            Consumer<ClassResults.Student> remove,
            Consumer<ClassResults.Student> resumeCode) {
        this.tr = tr;
        this.language = language;
        this.content = content;
        this.names = names;
        this.remove = remove;
        this.resumeCode = resumeCode;
        addClassName("classroom-tables");
        students.setId("students-grid");
        exercises.setId("exercises-grid");
        mistakes.setId("mistakes-grid");
        stuck.setId("stuck-grid");
        diverged.setId("diverged-grid");
        for (Grid<?> g : List.of(students, exercises, mistakes, stuck, diverged)) g.setAllRowsVisible(true);
        exercises
                .addColumn(e -> title(e.exerciseId()))
                .setHeader(t("classroom.exercise"))
                .setTooltipGenerator(ClassResults.ExerciseStats::exerciseId)
                .setFlexGrow(2);
        exercises.addColumn(ClassResults.ExerciseStats::tried).setHeader(t("classroom.exercise.tried"));
        exercises.addColumn(ClassResults.ExerciseStats::solved).setHeader(t("classroom.exercise.solved"));
        exercises.addColumn(ClassResults.ExerciseStats::revealed).setHeader(t("classroom.exercise.revealed"));
        exercises
                .addColumn(e -> Numbers.format(100 * e.successRate(), 0) + " %")
                .setHeader(t("classroom.exercise.rate"));
        mistakes.addColumn(m -> title(m.exerciseId()))
                .setHeader(t("classroom.exercise"))
                .setTooltipGenerator(ClassResults.Mistake::exerciseId)
                .setFlexGrow(2);
        mistakes.addColumn(m -> names.mistake(m.exerciseId(), m.mistake(), language))
                .setHeader(t("classroom.mistake"))
                .setTooltipGenerator(m -> names.mistakeExplained(m.exerciseId(), m.mistake(), language))
                .setFlexGrow(2);
        mistakes.addColumn(ClassResults.Mistake::count).setHeader(t("classroom.mistake.count"));
        stuck.addColumn(ClassResults.Stuck::name).setHeader(t("classroom.student"));
        stuck.addColumn(st -> title(st.exerciseId()))
                .setHeader(t("classroom.exercise"))
                .setTooltipGenerator(ClassResults.Stuck::exerciseId)
                .setFlexGrow(2);
        stuck.addColumn(ClassResults.Stuck::attempts).setHeader(t("classroom.attempts"));
        diverged.addColumn(ClassResults.Diverged::name).setHeader(t("classroom.student"));
        diverged.addColumn(d -> t("classroom.widget." + d.widget()))
                .setHeader(t("classroom.diverged.widget"))
                .setFlexGrow(2);
        // the data set names are the MLP trainer's own (its bundle is loaded with every other)
        diverged.addColumn(d -> t("mlp.dataset." + d.dataset().toLowerCase(Locale.ROOT)))
                .setHeader(t("classroom.diverged.dataset"));
        diverged.addColumn(ClassResults.Diverged::epoch).setHeader(t("classroom.diverged.epoch"));
        diverged.addColumn(d -> TIME.format(d.at().atZone(zone()))).setHeader(t("classroom.diverged.at"));
        add(
                new ResultsFilterBar(tr, language, content, f -> {
                    filter = f;
                    render();
                }),
                new H2(t("classroom.dashboard.students")),
                students,
                new H2(t("classroom.dashboard.exercises")),
                exercises,
                new H2(t("classroom.dashboard.mistakes")),
                mistakes,
                new H2(t("classroom.dashboard.stuck", ClassResults.STUCK_AFTER)),
                stuck,
                new H2(t("classroom.dashboard.diverged")),
                noDiverged,
                diverged);
        noDiverged.setId("diverged-none");
        noDiverged.setText(t("classroom.diverged.none"));
    }

    /** The teacher's time zone as the browser reports it, else the server's. */
    private ZoneId zone() {
        return getUI().map(ui -> ui.getPage().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId)
                .filter(id -> !id.isBlank())
                .flatMap(id -> {
                    try {
                        return Optional.of(ZoneId.of(id));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                })
                .orElse(ZoneId.systemDefault());
    }

    /** The exercise's title in the UI language (the id shows as its tooltip). */
    private String title(String exerciseId) {
        return names.title(exerciseId, language);
    }

    private String t(String key, Object... args) {
        return tr.apply(key, args);
    }

    void show(ClassResults results) {
        last = results;
        render();
    }

    private void render() {
        if (last == null) return;
        if (!columns) {
            studentColumns(last);
            columns = true;
        }
        ClassResults results = filter.apply(last, names::chapter);
        studentRows.show(results.students());
        exerciseRows.show(results.exercises());
        mistakeRows.show(results.mistakes());
        stuckRows.show(results.stuck());
        divergedRows.show(results.diverged());
        diverged.setVisible(!divergedRows.isEmpty());
        noDiverged.setVisible(divergedRows.isEmpty());
    }

    private void studentColumns(ClassResults results) {
        students.addColumn(ClassResults.Student::name)
                .setHeader(t("classroom.student"))
                .setFrozen(true)
                .setAutoWidth(true)
                .setId("students-name");
        for (var chapter : results.chapters().entrySet()) {
            String slug = chapter.getKey();
            String header = content.course()
                    .chapter(language, slug)
                    .map(Chapter::number)
                    .map(String::valueOf)
                    .orElse(slug);
            String full =
                    content.course().chapter(language, slug).map(Chapter::title).orElse(slug);
            students.addColumn(s -> s.solvedByChapter().getOrDefault(slug, 0) + "/" + chapter.getValue())
                    .setHeader(header)
                    .setTooltipGenerator(s -> full)
                    .setKey(slug)
                    .setAutoWidth(true);
        }
        students.addColumn(ClassResults.Student::solved)
                .setHeader(t("classroom.solved"))
                .setAutoWidth(true);
        students.addColumn(ClassResults.Student::attempts)
                .setHeader(t("classroom.attempts"))
                .setAutoWidth(true)
                .setId("students-attempts");
        students.addComponentColumn(s -> {
                    Button b = new Button(VaadinIcon.KEY_O.create(), e -> resumeCode.accept(s));
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                    b.setAriaLabel(t("classroom.resume-code.show", s.name()));
                    b.setTooltipText(t("classroom.resume-code.show", s.name()));
                    return b;
                })
                .setHeader(t("classroom.resume-code.header"))
                .setAutoWidth(true);
        students.addComponentColumn(s -> {
                    Button b = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove.accept(s));
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
                    b.setAriaLabel(t("classroom.remove", s.name()));
                    b.setTooltipText(t("classroom.remove", s.name()));
                    return b;
                })
                .setHeader(t("classroom.remove.header"))
                .setAutoWidth(true);
    }
}

package org.dlf.exercises.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;
import org.dlf.assignment.AssignmentRestrictedException;
import org.dlf.assignment.LockableWidgets;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.Numbers;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.content.Language;
import org.dlf.exercises.ExerciseService;
import org.dlf.exercises.ExerciseService.ProgressView;
import org.dlf.exercises.ExerciseSpec;
import org.dlf.exercises.TrainGoalChecker;
import org.dlf.exercises.Verdict;
import org.dlf.training.TrainingSnapshot;
import org.dlf.training.TrainingSnapshots;
import org.jspecify.annotations.Nullable;

/**
 * One exercise, titled with its number and name ("Exercise 4.2 · The learning rule") and its kind: prompt (with
 * the learner's own numbers), answer input, Check, progressive hints, and the worked explanation after solving
 * or giving up. "Show the solution" is offered after a first attempt, until solved; a correct answer after
 * that is not counted as solved, and the status says so. Feedback is announced through an aria-live region.
 * While the learner's teacher has turned solutions off, neither the explanation nor "show the solution" is
 * sent.
 */
@StyleSheet("styles/widgets/exercises.css")
class ExercisePanel extends Section {

    private final ExerciseSpec spec;
    private final Language language;
    private final ExerciseService exercises;
    private final LockableWidgets widgets;
    private final UUID learner;
    private final AnswerInput input;
    private final Div feedback = new Div();
    private final Div hints = new Div();
    /** Made when first needed (most panels never show either): fewer state nodes per open page. */
    private @Nullable Div solution;

    private @Nullable Paragraph solutionsOff;
    private final Span status = new Span();
    private final Button hint = new Button();
    private final Button reveal = new Button();
    private int hintsShown;

    private final boolean solutions;

    ExercisePanel(
            ExerciseSpec spec,
            String number,
            Language language,
            ExerciseService exercises,
            LockableWidgets widgets,
            UUID learner) {
        this.spec = spec;
        this.language = language;
        this.exercises = exercises;
        this.widgets = widgets;
        this.learner = learner;
        String id = spec.id();
        setId("exercise-" + id);
        addClassName("exercise");
        H3 title = new H3();
        TextMarkup.set(
                title, getTranslation("exercises.title", number, spec.title().in(language)));
        title.addClassName("exercise-title");
        title.setId("title-" + id);
        Span kind = new Span();
        TextMarkup.set(kind, getTranslation("exercises.type." + spec.type().yamlName()));
        kind.addClassName("exercise-kind");
        status.addClassName("exercise-status");
        status.setId("status-" + id);
        Div header = new Div(title, kind, status);
        header.addClassName("exercise-header");
        Paragraph prompt = PromptText.paragraph(exercises.prompt(learner, spec, language));
        prompt.addClassName("exercise-prompt");
        input = AnswerInput.of(spec, language, this::trainState, this::getTranslation);
        Button check = new Button();
        TextMarkup.set(check, getTranslation("exercises.check"));
        check.setId("check-" + id);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        Clicks.on(check, () -> {
            check();
            check.setEnabled(true);
        });
        if (input.component() instanceof TextField field) field.addKeyPressListener(Key.ENTER, e -> check());
        hint.setId("hint-" + id);
        Clicks.on(hint, this::nextHint);
        TextMarkup.set(reveal, getTranslation("exercises.reveal"));
        reveal.setId("reveal-" + id);
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Clicks.on(reveal, this::giveUp);
        Div actions = new Div(check, hint, reveal);
        actions.addClassName("exercise-actions");
        feedback.setId("feedback-" + id);
        feedback.addClassName("exercise-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        hints.addClassName("exercise-hints");
        hints.setId("hints-" + id);
        solutions = exercises.solutionsShown(learner);
        reveal.setVisible(false);
        add(header, prompt, input.component(), actions, feedback, hints);
        if (!solutions) showSolutionsOff();
        getElement().setAttribute("aria-labelledby", "title-" + id);
        updateHintButton();
        ProgressView state = exercises.progress(learner, id);
        updateStatus(state);
        if (state.solved() || state.revealed()) showSolution(state);
    }

    private String trainState() {
        return TrainGoalChecker.stateKey(snapshot());
    }

    private @Nullable TrainingSnapshot snapshot() {
        String widget = spec.widget();
        VaadinSession session = VaadinSession.getCurrent();
        return widget == null || session == null
                ? null
                : TrainingSnapshots.of(session).latest(widget).orElse(null);
    }

    private void check() {
        ExerciseService.Submission result = input.read()
                .map(answer -> exercises.submit(learner, spec.id(), answer, snapshot()))
                .orElse(null);
        if (result == null) {
            show(Verdict.of(Verdict.Outcome.INVALID, "invalid.answer"), false);
            return;
        }
        show(result.verdict(), result.repeated());
        if (result.verdict().correct()
                && result.progress().revealed()
                && !result.progress().solved()) {
            TextMarkup.set(
                    feedback,
                    getTranslation("exercises.feedback.correct") + " " + getTranslation("exercises.after-reveal"));
        }
        updateStatus(result.progress());
        if (result.verdict().correct()) {
            showSolution(result.progress());
            getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new ProgressChangedEvent(ui)));
        }
    }

    private void show(Verdict verdict, boolean repeated) {
        String text = verdict.outcome() == Verdict.Outcome.MISTAKE && spec.mistake(verdict.code()) != null
                ? spec.mistake(verdict.code()).text().in(language)
                : getTranslation(
                        "exercises.feedback." + verdict.code(),
                        FeedbackArguments.of(
                                verdict,
                                spec.widget() == null ? Optional.empty() : widgets.widget(spec.widget()),
                                this::getTranslation));
        if (repeated && !verdict.correct()) text += " " + getTranslation("exercises.repeated");
        TextMarkup.set(feedback, text);
        feedback.getElement()
                .setAttribute("data-outcome", verdict.outcome().name().toLowerCase());
        feedback.getElement().setAttribute("data-code", verdict.code());
    }

    private void nextHint() {
        if (hintsShown >= spec.hints().size()) return;
        Paragraph p = PromptText.paragraph(getTranslation("exercises.hint.label", hintsShown + 1) + " "
                + spec.hints().get(hintsShown).in(language));
        p.addClassName("exercise-hint");
        hints.add(p);
        hintsShown++;
        updateHintButton();
    }

    private void updateHintButton() {
        TextMarkup.set(
                hint, getTranslation("exercises.hint", hintsShown, spec.hints().size()));
        hint.setEnabled(hintsShown < spec.hints().size());
    }

    private void updateStatus(ProgressView state) {
        String text = state.solved()
                ? getTranslation("exercises.solved")
                : state.revealed()
                        ? getTranslation("exercises.revealed")
                        : state.attempts() > 0 ? getTranslation("exercises.attempts", state.attempts()) : "";
        TextMarkup.set(status, text);
        status.setClassName("solved", state.solved());
        // the solution is offered once the learner has tried, until solved or shown
        reveal.setVisible(solutions && state.attempts() > 0 && !state.solved() && !state.revealed());
    }

    private void giveUp() {
        try {
            showSolution(exercises.reveal(learner, spec.id()));
        } catch (AssignmentRestrictedException e) {
            reveal.setVisible(false);
            showSolutionsOff();
        }
    }

    /** The note that the teacher has turned solutions off, right after the hints. */
    private void showSolutionsOff() {
        if (solutionsOff == null) {
            solutionsOff = new Paragraph();
            TextMarkup.set(solutionsOff, getTranslation("assignment.solutions-off"));
            solutionsOff.setId("solutions-off-" + spec.id());
            solutionsOff.addClassName("exercise-solutions-off");
            addComponentAtIndex(indexOf(hints) + 1, solutionsOff);
        }
        solutionsOff.setVisible(true);
    }

    /** The worked solution, when the service hands it out (not while the teacher has turned solutions off). */
    private void showSolution(ProgressView state) {
        updateStatus(state);
        ExerciseService.Solution worked = exercises.solution(learner, spec).orElse(null);
        if (worked == null) {
            return;
        }
        if (solution == null) {
            solution = new Div();
            solution.addClassName("exercise-solution");
            solution.setId("solution-" + spec.id());
            add(solution);
        }
        solution.removeAll();
        H3 heading = new H3();
        TextMarkup.set(heading, getTranslation("exercises.solution"));
        solution.add(heading, PromptText.paragraph(worked.explanation().in(language)));
        Double number = worked.ownNumber();
        if (number != null) {
            Paragraph own = new Paragraph();
            TextMarkup.set(own, getTranslation("exercises.solution.number", Numbers.significant(number, 10)));
            own.setId("own-answer-" + spec.id());
            solution.add(own);
        }
        solution.setVisible(true);
        reveal.setVisible(false);
    }
}

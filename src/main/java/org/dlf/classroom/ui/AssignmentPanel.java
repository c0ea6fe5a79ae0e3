package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LockableParameter;
import org.dlf.assignment.LockableWidget;
import org.dlf.assignment.LockableWidgets;
import org.dlf.classroom.AssignmentService;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;

/**
 * The class's assignment settings on its dashboard: open chapters, the show-solutions switch and locked
 * widget parameters, saved explicitly. Every value is checked again by {@link AssignmentService}.
 */
@StyleSheet("styles/widgets/assignment.css")
class AssignmentPanel extends Details {

    private final AssignmentService assignments;
    private final String teacher;
    private final long classId;
    private final CheckboxGroup<String> chapters = new CheckboxGroup<>();
    private final Checkbox solutions = new Checkbox();
    private final List<LockRow> rows = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final Set<String> allChapters = new HashSet<>();

    AssignmentPanel(
            AssignmentService assignments,
            LockableWidgets widgets,
            ContentService content,
            String teacher,
            long classId,
            Language language) {
        this.assignments = assignments;
        this.teacher = teacher;
        this.classId = classId;
        setId("assignment-settings");
        addClassName("assignment-settings");
        setSummaryText(getTranslation("assignment.title"));
        AssignmentRules current = assignments.settings(teacher, classId);

        Map<String, String> titles = new LinkedHashMap<>();
        for (Chapter ch : content.course().chapters(language)) {
            titles.put(ch.slug(), ch.number() + ". " + ch.title());
            allChapters.add(ch.slug());
        }
        chapters.setId("assignment-chapters");
        chapters.setLabel(getTranslation("assignment.chapters"));
        chapters.setHelperText(getTranslation("assignment.chapters.helper"));
        chapters.setItems(titles.keySet());
        chapters.setItemLabelGenerator(titles::get);
        chapters.setValue(titles.keySet().stream().filter(current::chapterOpen).collect(Collectors.toSet()));

        solutions.setId("assignment-solutions");
        solutions.setLabel(getTranslation("assignment.solutions"));
        solutions.setHelperText(getTranslation("assignment.solutions.helper"));
        solutions.setValue(current.showSolutions());

        Div locks = new Div(
                new H3(getTranslation("assignment.locks")), new Paragraph(getTranslation("assignment.locks.lead")));
        locks.addClassName("assignment-locks");
        for (LockableWidget widget : widgets.all()) {
            Div group = new Div();
            group.addClassName("lock-group");
            group.getElement().setAttribute("role", "group");
            String name = getTranslation("assignment.widget." + widget.name());
            group.getElement().setAttribute("aria-label", name);
            group.add(new Paragraph(name));
            for (LockableParameter parameter : widget.lockable()) {
                LockRow row = new LockRow(widget, parameter, current.locks(widget.name()));
                rows.add(row);
                group.add(row);
            }
            locks.add(group);
        }

        Button save = new Button(getTranslation("assignment.save"), e -> save());
        save.setId("assignment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("assignment-status");
        status.addClassName("assignment-status");
        status.getElement().setAttribute("role", "status");
        Div body = new Div(chapters, solutions, locks, new Div(save, status));
        body.addClassName("assignment-body");
        add(body);
    }

    private void save() {
        Map<String, Map<String, String>> locks = new HashMap<>();
        boolean ok = true;
        for (LockRow row : rows) {
            if (!row.locked()) continue;
            Optional<String> value = row.value();
            if (value.isEmpty()) ok = false;
            else locks.computeIfAbsent(row.widgetName(), k -> new HashMap<>()).put(row.parameterName(), value.get());
        }
        if (!ok) {
            say("invalid", getTranslation("assignment.saved.invalid"));
            return;
        }
        Set<String> closed = new HashSet<>(allChapters);
        closed.removeAll(chapters.getValue());
        try {
            assignments.save(teacher, classId, new AssignmentRules(closed, solutions.getValue(), locks));
        } catch (IllegalArgumentException e) {
            say("invalid", getTranslation("assignment.saved.invalid"));
            return;
        }
        say("saved", getTranslation("assignment.saved"));
        Notification.show(getTranslation("assignment.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void say(String state, String text) {
        status.setText(text);
        status.getElement().setAttribute("data-state", state);
    }
}

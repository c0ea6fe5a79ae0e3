package org.dlf.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dlf.base.ui.component.ItemCheckboxGroup;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.content.Language;
import org.dlf.exercises.Answer;
import org.dlf.exercises.ExerciseSpec;
import org.dlf.exercises.NumericAnswerParser;

/** The input part of an exercise panel: a component and how to read an answer from it. */
record AnswerInput(Component component, Supplier<Optional<Answer>> reader) {

    Optional<Answer> read() {
        return reader.get();
    }

    static AnswerInput of(ExerciseSpec spec, Language language, Supplier<String> trainState, Translator t) {
        String id = spec.id();
        return switch (spec.type()) {
            case SINGLE -> {
                ItemRadioGroup<ExerciseSpec.Option> group = new ItemRadioGroup<>();
                group.setId("answer-" + id);
                group.setAriaLabel(t.get("exercises.choices"));
                group.setItems(spec.options());
                group.setItemLabelGenerator(o -> o.text().in(language));
                group.addClassName("exercise-choices");
                yield new AnswerInput(
                        group, () -> Optional.ofNullable(group.getValue()).map(o -> new Answer.Choice(o.id())));
            }
            case MULTIPLE -> {
                ItemCheckboxGroup<ExerciseSpec.Option> group = new ItemCheckboxGroup<>();
                group.setId("answer-" + id);
                group.setAriaLabel(t.get("exercises.choices"));
                group.setItems(spec.options());
                group.setItemLabelGenerator(o -> o.text().in(language));
                group.addClassName("exercise-choices");
                yield new AnswerInput(group, () -> {
                    LinkedHashSet<String> ids = new LinkedHashSet<>();
                    group.getValue().forEach(o -> ids.add(o.id()));
                    return Optional.of(new Answer.Choices(ids));
                });
            }
            case NUMERIC -> {
                TextField field = new TextField(t.get("exercises.numeric.label"));
                field.setId("answer-" + id);
                field.setHelperText(t.get("exercises.numeric.helper"));
                field.setMaxLength(NumericAnswerParser.MAX_LENGTH);
                field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
                field.addClassName("exercise-number");
                yield new AnswerInput(field, () -> Optional.of(new Answer.Number(field.getValue())));
            }
            case ORDERING -> {
                OrderingList list = new OrderingList(spec.options(), language, t);
                list.setId("answer-" + id);
                yield new AnswerInput(list, () -> Optional.of(new Answer.Order(list.order())));
            }
            case CLASSIFICATION -> classification(spec, language, t);
            case TRAIN_GOAL -> {
                Paragraph note = new Paragraph(t.get("exercises.goal.waiting"));
                note.addClassName("exercise-goal-note");
                note.setId("answer-" + id);
                yield new AnswerInput(note, () -> Optional.of(new Answer.TrainGoal(trainState.get())));
            }
        };
    }

    private static AnswerInput classification(ExerciseSpec spec, Language language, Translator t) {
        Div grid = new Div();
        grid.addClassName("exercise-classes");
        grid.setId("answer-" + spec.id());
        Map<String, ItemSelect<ExerciseSpec.Option>> selects = new LinkedHashMap<>();
        for (ExerciseSpec.Option item : spec.options()) {
            ItemSelect<ExerciseSpec.Option> select = new ItemSelect<>();
            select.setLabel(item.text().in(language));
            select.setPlaceholder(t.get("exercises.classification.placeholder"));
            select.setItems(spec.categories());
            select.setItemLabelGenerator(c -> c.text().in(language));
            select.setId("class-" + spec.id() + "-" + item.id());
            select.addClassName("exercise-class");
            selects.put(item.id(), select);
            grid.add(select);
        }
        return new AnswerInput(grid, () -> {
            Map<String, String> chosen = new LinkedHashMap<>();
            selects.forEach((item, s) -> {
                if (s.getValue() != null) chosen.put(item, s.getValue().id());
            });
            return Optional.of(new Answer.Classes(chosen));
        });
    }

    /** Translation lookup of the owning panel. */
    interface Translator {
        String get(String key, Object... args);
    }
}

package org.dlf.classroom.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.dlf.base.ui.component.ItemSelect;
import org.dlf.classroom.ResultsFilter;
import org.dlf.content.Chapter;
import org.dlf.content.ContentService;
import org.dlf.content.Language;

/** The dashboard's filters: a student's name, one chapter, only the students who need help. */
class ResultsFilterBar extends Div {

    private final TextField name = new TextField();
    private final ItemSelect<String> chapter = new ItemSelect<>();
    private final Checkbox needsHelp = new Checkbox();

    ResultsFilterBar(
            BiFunction<String, Object[], String> tr,
            Language language,
            ContentService content,
            Consumer<ResultsFilter> changed) {
        addClassName("classroom-filters");
        getElement().setAttribute("role", "search");
        name.setId("filter-name");
        name.setLabel(tr.apply("classroom.filter.name", new Object[0]));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setMaxLength(40);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        chapter.setId("filter-chapter");
        chapter.setLabel(tr.apply("classroom.filter.chapter", new Object[0]));
        chapter.setItems(
                content.course().chapters(language).stream().map(Chapter::slug).toList());
        String all = tr.apply("classroom.filter.all-chapters", new Object[0]);
        chapter.setItemLabelGenerator(slug -> content.course()
                .chapter(language, slug)
                .map(c -> c.number() + " · " + c.title())
                .orElse(slug));
        chapter.setEmptySelectionCaption(all);
        needsHelp.setId("filter-help");
        needsHelp.setLabel(tr.apply("classroom.filter.help", new Object[0]));
        Runnable emit =
                () -> changed.accept(new ResultsFilter(name.getValue(), chapter.getValue(), needsHelp.getValue()));
        name.addValueChangeListener(e -> emit.run());
        chapter.addValueChangeListener(e -> emit.run());
        needsHelp.addValueChangeListener(e -> emit.run());
        add(name, chapter, needsHelp);
    }
}

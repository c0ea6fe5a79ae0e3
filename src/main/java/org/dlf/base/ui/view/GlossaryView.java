package org.dlf.base.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import org.dlf.base.ui.component.InnerHtml;
import org.dlf.base.ui.component.Markup;
import org.dlf.content.ContentService;
import org.dlf.content.GlossaryEntry;
import org.dlf.content.Language;

/**
 * The course glossary (术语表): the notation table every chapter links to ({@code glossary#notation}), then every
 * term in Chinese and English with its definition, searchable.
 */
@Route(value = "glossary", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
class GlossaryView extends Main implements HasDynamicTitle, LocaleChangeObserver {

    private final ContentService content;
    private final Div list = new Div();

    GlossaryView(ContentService content) {
        this.content = content;
        setId("glossary");
        addClassName("page");
        list.addClassName("glossary-list");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.glossary") + " · " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Language language = Language.of(event.getLocale());
        TextField filter = new TextField();
        filter.setId("glossary-filter");
        filter.setLabel(getTranslation("glossary.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show(language, e.getValue()));
        add(
                new H1(getTranslation("nav.glossary")),
                new Paragraph(getTranslation("glossary.lead")),
                notation(language),
                new H2(getTranslation("glossary.terms")),
                filter,
                list);
        show(language, "");
        // a chapter's link to glossary#notation: the router keeps the fragment but does not scroll to it; the
        // timeout lets the router update the address first
        getElement()
                .executeJs("setTimeout(() => { const t = location.hash"
                        + " && document.getElementById(location.hash.substring(1)); if (t) t.scrollIntoView(); })");
    }

    /** The notation table: the loaded content's own sanitised HTML, in an element without Flow children. */
    private Section notation(Language language) {
        Div table = new Div();
        table.addClassName("prose");
        InnerHtml.set(table, Markup.sanitized(content.course().notation(language)));
        Section section = new Section(new H2(getTranslation("glossary.notation")), table);
        section.setId("notation");
        return section;
    }

    private void show(Language language, String filter) {
        list.removeAll();
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        for (GlossaryEntry entry : content.course().glossary()) {
            String haystack =
                    (entry.zh() + " " + entry.en() + " " + entry.definition(language)).toLowerCase(Locale.ROOT);
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                continue;
            }
            Span primary = new Span(entry.term(language));
            primary.addClassName("term");
            Span other = new Span(entry.term(language == Language.ZH ? Language.EN : Language.ZH));
            other.addClassName("term-other");
            Div row = new Div(new Div(primary, other), new Paragraph(entry.definition(language)));
            row.addClassName("glossary-entry");
            row.setId(entry.id());
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("glossary.none")));
        }
    }
}

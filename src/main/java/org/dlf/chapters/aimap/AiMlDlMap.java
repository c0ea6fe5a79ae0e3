package org.dlf.chapters.aimap;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.Markup;
import org.dlf.base.ui.component.SvgView;
import org.dlf.content.Language;

/**
 * AI ⊃ ML ⊃ DL map (chapter 2): nested rounded boxes with the ten classic ML algorithms in the ML ring,
 * deep-learning models in the DL ring and the neural network on the edge between them. Selecting a ring
 * shows its definition and examples; selecting an item shows a one-line explanation. A nested list is the
 * text alternative. No configuration keys.
 */
@StyleSheet("styles/widgets/ai-ml-dl-map.css")
class AiMlDlMap extends Composite<Div> {

    static final int WIDE = 720;
    static final int NARROW = 340;

    private final AiMlDlMapModel model;
    private final Runnable stateChanged;
    private final SvgView diagram = new SvgView();
    private final Div detail = new Div();
    private final Span error = new Span();
    private final Div list = new Div();

    AiMlDlMap(AiMlDlMapModel model, Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        diagram.setId("aimap-diagram");
        diagram.getElement()
                .addEventListener("dlf-svg-select", e -> {
                    var key = e.getEventData().get("event.detail.key");
                    select(key == null || !key.isString() ? "" : key.asString());
                })
                .addEventData("event.detail.key");
        detail.setId("aimap-detail");
        detail.addClassName("am-detail");
        detail.getElement().setAttribute("aria-live", "polite");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        Paragraph hint = new Paragraph();
        hint.addClassName("widget-note");
        Details details = new Details();
        details.setId("aimap-list");
        details.add(list);
        details.addClassName("data-table-details");
        getContent().addClassName("ai-ml-dl-map");
        getContent().add(hint, diagram, error, detail, details);
        addAttachListener(e -> {
            hint.setText(getTranslation("aimap.hint"));
            details.setSummaryText(getTranslation("aimap.list"));
            Language language = Language.of(getLocale());
            String name = getTranslation("aimap.diagram");
            diagram.setMarkup(Markup.builder()
                    .append(MapSvg.render(WIDE, "am-wide", language, model.key(), name))
                    .append(MapSvg.render(NARROW, "am-narrow", language, model.key(), name))
                    .build());
            fillList(language);
            showDetail();
        });
    }

    private void select(String key) {
        Optional<String> problem = model.select(key);
        error.setText(problem.map(this::getTranslation).orElse(""));
        if (problem.isEmpty()) {
            diagram.getElement()
                    .executeJs(
                            "this.querySelectorAll('[data-key]').forEach(el => {"
                                    + "const on = el.getAttribute('data-key') === $0; el.classList.toggle('selected', on);"
                                    + "if (on) el.setAttribute('aria-current', 'true'); else el.removeAttribute('aria-current'); })",
                            key);
            showDetail();
            stateChanged.run();
        }
    }

    private void showDetail() {
        Language language = Language.of(getLocale());
        AiMlDlMapModel.Selection selection = model.selection();
        detail.removeAll();
        selection.ring().ifPresent(ring -> {
            // h2: the map opens the chapter, right under its h1 (LeadFigure)
            H2 title = new H2(ring.name().in(language));
            title.setId("aimap-detail-title");
            detail.add(
                    title,
                    row("aimap.definition", ring.definition().in(language), "aimap-definition"),
                    row("aimap.examples", ring.examples().in(language), "aimap-examples"));
        });
        selection.item().ifPresent(item -> {
            H2 title = new H2(item.label().in(language));
            title.setId("aimap-detail-title");
            Span where =
                    new Span(getTranslation("aimap.place." + item.place().name().toLowerCase(Locale.ROOT)));
            where.addClassName("am-chip");
            detail.add(where, title, row("aimap.line", item.line().in(language), "aimap-line"));
        });
    }

    private Paragraph row(String key, String text, String id) {
        Span label = new Span(getTranslation(key));
        label.addClassName("am-detail-label");
        Paragraph p = new Paragraph(label, new Span(text));
        p.setId(id);
        return p;
    }

    /** The text alternative: the rings as nested lists, each with its definition and items. */
    private void fillList(Language language) {
        list.removeAll();
        UnorderedList ai = ringList(MapData.Place.AI, language);
        UnorderedList ml = ringList(MapData.Place.ML, language);
        UnorderedList dl = ringList(MapData.Place.DL, language);
        MapData.itemsIn(MapData.Place.BOUNDARY).forEach(i -> ml.add(item(i, language)));
        ml.add(ringEntry(MapData.Place.DL, language, dl));
        ai.add(ringEntry(MapData.Place.ML, language, ml));
        UnorderedList root = new UnorderedList(ringEntry(MapData.Place.AI, language, ai));
        list.add(root);
    }

    private UnorderedList ringList(MapData.Place place, Language language) {
        UnorderedList ul = new UnorderedList();
        MapData.itemsIn(place).forEach(i -> ul.add(item(i, language)));
        return ul;
    }

    private ListItem ringEntry(MapData.Place place, Language language, UnorderedList children) {
        MapData.Ring ring = MapData.ring(place);
        Span name = new Span(ring.name().in(language));
        name.addClassName("am-list-ring");
        return new ListItem(name, new Span(" — " + ring.definition().in(language)), children);
    }

    private ListItem item(MapData.Item item, Language language) {
        Span name = new Span(item.label().in(language));
        name.addClassName("am-list-item");
        return new ListItem(name, new Span(": " + item.line().in(language)));
    }
}

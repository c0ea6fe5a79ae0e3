package org.dlf.chapters.history;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.SvgView;
import org.dlf.content.Language;

/**
 * History timeline (chapter 1): the milestones 1943–2017 on a time axis in three phases with the two AI
 * winters shaded; selecting a milestone (click, tap, Enter/Space, or the previous/next buttons) shows who,
 * what and why it mattered. A list of all milestones is the text alternative. No configuration keys.
 */
@StyleSheet("styles/widgets/history-timeline.css")
class HistoryTimeline extends Composite<Div> {

    private final HistoryTimelineModel model;
    private final Runnable stateChanged;
    private final SvgView axis = new SvgView();
    private final ItemRadioGroup<Integer> zoom = new ItemRadioGroup<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span position = new Span();
    private final Div detail = new Div();
    private final Span error = new Span();
    private final Div list = new Div();

    HistoryTimeline(HistoryTimelineModel model, Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        axis.setId("timeline-axis");
        axis.getElement()
                .addEventListener("dlf-svg-select", e -> {
                    var key = e.getEventData().get("event.detail.key");
                    select(key == null || !key.isString() ? "" : key.asString(), false);
                })
                .addEventData("event.detail.key");
        zoom.setId("timeline-zoom");
        zoom.setItems(HistoryTimelineModel.ZOOMS);
        zoom.setItemLabelGenerator(z -> z + "%");
        zoom.setValue(model.zoom());
        zoom.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showError(model.setZoom(e.getValue()));
                drawAxis();
                highlight(model.selected().id(), true);
                stateChanged.run();
            }
        });
        previous.setId("timeline-previous");
        next.setId("timeline-next");
        previous.addClickListener(e -> select(model.previous().id(), true));
        next.addClickListener(e -> select(model.next().id(), true));
        position.setId("timeline-position");
        position.addClassName("ht-position");
        Div buttons = new Div(previous, position, next);
        buttons.addClassName("ht-stepper");
        Div controls = new Div(buttons, zoom);
        controls.addClassName("widget-controls");
        Div scroll = new Div(axis);
        scroll.addClassName("ht-scroll");
        detail.setId("timeline-detail");
        detail.addClassName("ht-detail");
        detail.getElement().setAttribute("aria-live", "polite");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        Details details = new Details();
        details.setId("timeline-list");
        details.add(list);
        details.addClassName("data-table-details");
        getContent().addClassName("history-timeline");
        getContent().add(controls, scroll, error, detail, details);
        addAttachListener(e -> {
            previous.setText(getTranslation("timeline.previous"));
            next.setText(getTranslation("timeline.next"));
            zoom.setLabel(getTranslation("timeline.zoom"));
            details.setSummaryText(getTranslation("timeline.list"));
            drawAxis();
            fillList();
            showDetail();
            if (model.hasPrevious()) { // a later milestone selected by a link: bring it into the axis's view
                axis.getElement()
                        .executeJs(
                                "requestAnimationFrame(() => { const el = this.querySelector('[data-key=\"' + $0 + '\"]');"
                                        + " const box = this.parentElement; if (!el || !box) return;"
                                        + " const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();"
                                        + " box.scrollLeft += r.left - b.left - (b.width - r.width) / 2; })",
                                model.selected().id());
            }
        });
    }

    private void select(String id, boolean scrollIntoView) {
        Optional<String> problem = model.select(id);
        showError(problem);
        if (problem.isPresent()) {
            return;
        }
        highlight(id, scrollIntoView);
        showDetail();
        stateChanged.run();
    }

    /** Marks the selected milestone in the drawn axis without redrawing it, so keyboard focus stays. */
    private void highlight(String id, boolean scrollIntoView) {
        axis.getElement()
                .executeJs(
                        "this.querySelectorAll('[data-key]').forEach(el => {"
                                + "const on = el.getAttribute('data-key') === $0; el.classList.toggle('selected', on);"
                                + "if (on) { el.setAttribute('aria-current', 'true'); if ($1) el.scrollIntoView({block: 'nearest',"
                                + " inline: 'center'}); } else { el.removeAttribute('aria-current'); } })",
                        id,
                        scrollIntoView);
    }

    private void drawAxis() {
        axis.setMarkup(TimelineSvg.render(model, language(), this::getTranslation));
    }

    private void showDetail() {
        Milestone m = model.selected();
        Language language = language();
        detail.removeAll();
        // h2: the timeline opens the chapter, right under its h1 (LeadFigure)
        H2 title = new H2(m.yearLabel() + " · " + m.title().in(language));
        title.setId("timeline-detail-title");
        Span phase = new Span(getTranslation("timeline.phase." + m.phase().key()));
        phase.addClassNames("ht-chip", "ht-chip-" + m.phase().key());
        detail.add(phase);
        HistoryTimelineModel.winterAt(m.year()).ifPresent(w -> {
            Span winter = new Span(getTranslation("timeline.winter." + w.key()));
            winter.addClassNames("ht-chip", "ht-chip-winter");
            detail.add(winter);
        });
        detail.add(
                title,
                row("timeline.who", m.people().in(language), "timeline-detail-people"),
                row("timeline.what", m.what().in(language), "timeline-detail-what"),
                row("timeline.why", m.why().in(language), "timeline-detail-why"));
        position.setText(getTranslation(
                "timeline.position", model.position(), model.milestones().size()));
        previous.setEnabled(model.hasPrevious());
        next.setEnabled(model.hasNext());
    }

    private Paragraph row(String key, String text, String id) {
        Span label = new Span(getTranslation(key));
        label.addClassName("ht-detail-label");
        Paragraph p = new Paragraph(label, new Span(text));
        p.setId(id);
        return p;
    }

    /** The text alternative: every milestone by phase (each a button that selects it), and the winters. */
    private void fillList() {
        Language language = language();
        list.removeAll();
        for (Milestone.Phase phase : Milestone.Phase.values()) {
            UnorderedList items = new UnorderedList();
            model.milestones().stream().filter(m -> m.phase() == phase).forEach(m -> {
                Button pick = new Button(m.yearLabel() + " · " + m.title().in(language), e -> select(m.id(), true));
                pick.setId("timeline-pick-" + m.id());
                pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                items.add(new ListItem(pick, new Span(" — " + m.people().in(language))));
            });
            H3 heading = new H3(getTranslation("timeline.phase." + phase.key()) + " (" + phase.from() + "–"
                    + (phase == Milestone.Phase.EXPLOSION ? getTranslation("timeline.today") : phase.to()) + ")");
            list.add(heading, items);
        }
        UnorderedList winters = new UnorderedList();
        HistoryTimelineModel.WINTERS.forEach(w -> winters.add(new ListItem(getTranslation("timeline.winter." + w.key())
                + ": " + getTranslation("timeline.winter." + w.key() + ".why"))));
        list.add(new H3(getTranslation("timeline.winters")), winters);
    }

    private void showError(Optional<String> problem) {
        error.setText(problem.map(this::getTranslation).orElse(""));
    }

    private Language language() {
        return Language.of(getLocale());
    }
}

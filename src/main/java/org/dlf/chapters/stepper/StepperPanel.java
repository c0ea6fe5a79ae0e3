package org.dlf.chapters.stepper;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.base.ui.component.SvgView;

/**
 * The shared body of the step-through widgets: the network diagram with the current step highlighted,
 * previous/next buttons with a "3 / 11" counter, the step's caption and formula, a live status line and a
 * table of the values so far. Ids and the start texts come from {@code prefix} (e.g. {@code forward}).
 */
public class StepperPanel extends Composite<Div> {

    private final Stepper model;
    private final String prefix;
    private final SvgView diagram = new SvgView();
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Span counter = new Span();
    private final Span caption = new Span();
    private final MathFormula formula = new MathFormula("", true);
    private final Paragraph status = new Paragraph();
    private final Details values = new Details();
    private final Div table = new Div();
    private Runnable afterRedraw = () -> {};
    private Runnable onStep = () -> {};

    public StepperPanel(Stepper model, String prefix, String startTex) {
        this.model = model;
        this.prefix = prefix;
        diagram.setId(prefix + "-diagram");
        previous.setId(prefix + "-prev");
        next.setId(prefix + "-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(e -> {
            model.previous();
            redraw();
            onStep.run();
        });
        next.addClickListener(e -> {
            model.next();
            redraw();
            onStep.run();
        });
        counter.setId(prefix + "-counter");
        counter.addClassName("step-counter");
        caption.setId(prefix + "-caption");
        caption.addClassName("step-caption");
        formula.setId(prefix + "-formula");
        formula.addClassName("step-formula");
        formula.setTex(startTex);
        status.setId(prefix + "-status");
        status.addClassName("step-status");
        status.getElement().setAttribute("aria-live", "polite");
        Div nav = new Div(previous, counter, next);
        nav.addClassName("step-nav");
        Div box = new Div(diagram);
        box.addClassName("diagram-box");
        values.setId(prefix + "-values");
        values.add(table);
        values.addClassName("data-table-details");
        getContent().addClassName("stepper-panel");
        getContent().add(box, nav, caption, formula, status, values);
        addAttachListener(e -> {
            previous.setText(getTranslation("stepper.previous"));
            next.setText(getTranslation("stepper.next"));
            values.setSummaryText(getTranslation("stepper.values"));
            redraw();
        });
    }

    /** Runs after every redraw (the widget updates its own parts). */
    public void setAfterRedraw(Runnable afterRedraw) {
        this.afterRedraw = afterRedraw;
    }

    /** Runs after every step forward or back (the widget's shareable state changed). */
    public void setOnStep(Runnable onStep) {
        this.onStep = onStep;
    }

    public void redraw() {
        var current = model.current();
        Set<String> highlight = current.map(NetworkStep::highlight).orElse(Set.of());
        String focus = current.map(NetworkStep::focus).orElse("");
        diagram.setMarkup(
                WorkedExampleDiagram.svg(model.labels(), highlight, focus, getTranslation(prefix + ".diagram")));
        counter.setText(getTranslation("stepper.counter", model.step(), model.stepCount()));
        counter.getElement()
                .setAttribute("aria-label", getTranslation("stepper.counter-long", model.step(), model.stepCount()));
        previous.setEnabled(model.hasPrevious());
        next.setEnabled(model.hasNext());
        current.ifPresentOrElse(
                step -> {
                    caption.setText(getTranslation(step.captionKey(), step.symbol()));
                    formula.setTex(StepTex.aligned(step.tex()));
                    status.setText(getTranslation(
                            "stepper.status",
                            model.step(),
                            model.stepCount(),
                            step.symbol(),
                            StepTex.text(step.value())));
                },
                () -> {
                    caption.setText(getTranslation(prefix + ".start"));
                    status.setText(getTranslation(prefix + ".start-status"));
                });
        table.removeAll();
        List<List<String>> rows = model.done().stream()
                .map(s -> List.of(s.symbol(), StepTex.text(s.value())))
                .toList();
        if (rows.isEmpty()) {
            table.add(new Paragraph(getTranslation("stepper.values-empty")));
        } else {
            table.add(DataTable.of(List.of(getTranslation("stepper.quantity"), getTranslation("stepper.value")), rows));
        }
        afterRedraw.run();
    }
}

package org.dlf.chapters.neuron;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.ItemRadioGroup;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.base.ui.component.Numbers;
import org.dlf.charts.FunctionPlot;
import org.dlf.engine.Activation;

/**
 * Activation explorer (chapter 3): the curve of step, linear, sigmoid, tanh or ReLU and its derivative,
 * with an input marker that shows f(z) and f′(z). Takes no configuration keys.
 */
class ActivationExplorer extends Composite<Div> {

    private final ActivationExplorerModel model;
    private final Runnable stateChanged;
    private final ItemRadioGroup<Activation> functions = new ItemRadioGroup<>();
    private final Checkbox derivative = new Checkbox();
    private final Input slider = new Input(ValueChangeMode.EAGER);
    private final Span readout = new Span();
    private final Span error = new Span();
    private final Paragraph note = new Paragraph();
    private final MathFormula formula = new MathFormula("", true);
    private final FunctionPlot plot;
    private final Div table = new Div();

    ActivationExplorer(ActivationExplorerModel model, Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        plot = new FunctionPlot("z", "f(z)", ActivationExplorerModel.X_MIN, ActivationExplorerModel.X_MAX, -2, 6);
        plot.setId("activation-plot");
        plot.setHeight("300px");
        functions.setId("activation-function");
        functions.setItems(ActivationExplorerModel.FUNCTIONS);
        functions.setItemLabelGenerator(
                a -> getTranslation("activation." + a.name().toLowerCase(Locale.ROOT)));
        functions.setValue(model.activation());
        functions.addValueChangeListener(e -> {
            if (e.getValue() != null && model.setActivation(e.getValue()).isEmpty()) {
                redraw();
                stateChanged.run();
            }
        });
        derivative.setId("activation-derivative");
        derivative.setValue(model.showDerivative());
        derivative.addValueChangeListener(e -> {
            model.setShowDerivative(e.getValue());
            redraw();
            stateChanged.run();
        });
        slider.setId("activation-x");
        slider.setType("range");
        slider.getElement().setAttribute("min", String.valueOf(ActivationExplorerModel.X_MIN));
        slider.getElement().setAttribute("max", String.valueOf(ActivationExplorerModel.X_MAX));
        slider.getElement().setAttribute("step", "0.05");
        slider.setValue(String.valueOf(model.x()));
        slider.addValueChangeListener(e -> moveTo(e.getValue()));
        readout.setId("activation-readout");
        readout.addClassName("readout");
        readout.getElement().setAttribute("aria-live", "polite");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        note.addClassName("widget-note");

        NativeLabel sliderLabel = new NativeLabel();
        sliderLabel.setFor(slider);
        sliderLabel.addClassName("slider-label");
        Div sliderRow = new Div(sliderLabel, slider, readout);
        sliderRow.addClassName("slider-row");
        Div controls = new Div(functions, derivative);
        controls.addClassName("widget-controls");
        Details details = new Details();
        details.add(table);
        details.addClassName("data-table-details");
        getContent().addClassName("activation-explorer");
        getContent().add(controls, formula, plot, sliderRow, error, note, details);
        addAttachListener(e -> {
            sliderLabel.setText(getTranslation("activation.x"));
            functions.setLabel(getTranslation("activation.function"));
            derivative.setLabel(getTranslation("activation.show-derivative"));
            details.setSummaryText(getTranslation("widget.data-table"));
            redraw();
        });
    }

    private void moveTo(String raw) {
        Optional<String> problem;
        try {
            problem = model.setX(Double.parseDouble(raw));
        } catch (NumberFormatException | NullPointerException e) {
            problem = Optional.of("activation.x-range");
        }
        error.setText(
                problem.map(key -> getTranslation(key, ActivationExplorerModel.X_MIN, ActivationExplorerModel.X_MAX))
                        .orElse(""));
        if (problem.isEmpty()) {
            updateMarker();
            stateChanged.run();
        }
    }

    private void redraw() {
        String name = getTranslation("activation." + model.activation().name().toLowerCase(Locale.ROOT));
        double[] xs = model.sampleXs();
        List<FunctionPlot.Curve> curves = new ArrayList<>();
        curves.add(new FunctionPlot.Curve(name + "  f(z)", xs, model.sampleValues(xs), false));
        if (model.showDerivative()) {
            curves.add(new FunctionPlot.Curve(name + "  f′(z)", xs, model.sampleDerivatives(xs), true));
        }
        double[] y = model.yRange();
        plot.setWindow(y[0], y[1]);
        plot.setCurves(curves, getTranslation("activation.marker"));
        plot.setAccessibleName(getTranslation("activation.chart-name", name));
        formula.setTex(model.formula());
        note.setText(getTranslation(model.noteKey()));
        table.removeAll();
        table.add(DataTable.of(List.of("z", "f(z)", "f′(z)"), tableRows(xs)));
        updateMarker();
    }

    private List<List<String>> tableRows(double[] xs) {
        List<List<String>> rows = new ArrayList<>();
        double[] values = model.sampleValues(xs);
        double[] derivatives = model.sampleDerivatives(xs);
        for (int i = 0; i < xs.length; i += 20) {
            rows.add(List.of(
                    Numbers.format(xs[i], 2),
                    Numbers.format(values[i], 4),
                    Double.isFinite(derivatives[i])
                            ? Numbers.format(derivatives[i], 4)
                            : getTranslation("activation.undefined")));
        }
        return rows;
    }

    private void updateMarker() {
        double x = model.x();
        double fx = model.value();
        Optional<Double> dfx = model.derivative();
        if (model.showDerivative() && dfx.isPresent()) {
            plot.setMarker(new double[] {x, x}, new double[] {fx, dfx.get()});
        } else {
            plot.setMarker(new double[] {x}, new double[] {fx});
        }
        readout.setText(getTranslation(
                "activation.readout",
                Numbers.format(x, 2),
                Numbers.format(fx, 4),
                dfx.map(d -> Numbers.format(d, 4)).orElse(getTranslation("activation.undefined"))));
    }
}

package org.dlf.chapters.neuron;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.MathFormula;
import org.dlf.base.ui.component.SvgView;
import org.dlf.engine.Activation;

/**
 * Neuron playground (chapter 3): one neuron with one to three inputs; sliders and number fields for the
 * inputs xᵢ, weights wᵢ and bias b, a choice of activation, the net input z, the output y = f(z), the
 * formula with the numbers plugged in and a diagram whose links show the weights. No configuration keys.
 */
@StyleSheet("styles/widgets/neuron-playground.css")
class NeuronPlayground extends Composite<Div> {

    private final NeuronPlaygroundModel model;
    private final Runnable stateChanged;
    private final RadioButtonGroup<Integer> inputCount = new RadioButtonGroup<>();
    private final RadioButtonGroup<Activation> functions = new RadioButtonGroup<>();
    private final List<ParameterControl> xs = new ArrayList<>();
    private final List<ParameterControl> ws = new ArrayList<>();
    private final ParameterControl bias;
    private final Span zReadout = new Span();
    private final Span yReadout = new Span();
    private final Span error = new Span();
    private final MathFormula formula = new MathFormula("", true);
    private final SvgView diagram = new SvgView();
    private final Div table = new Div();

    NeuronPlayground(NeuronPlaygroundModel model, Runnable stateChanged) {
        this.model = model;
        this.stateChanged = stateChanged;
        inputCount.setId("neuron-inputs");
        inputCount.setItems(1, 2, 3);
        inputCount.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                report(
                        e.getValue() == null
                                ? Optional.of(NeuronPlaygroundModel.INPUT_COUNT)
                                : model.setInputs(e.getValue()));
            }
        });
        functions.setId("neuron-activation");
        functions.setItems(NeuronPlaygroundModel.FUNCTIONS);
        functions.setItemLabelGenerator(
                a -> getTranslation("playground.f." + a.name().toLowerCase(Locale.ROOT)));
        functions.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                report(model.setActivation(e.getValue()));
            }
        });
        Div params = new Div();
        params.addClassName("np-params");
        for (int i = 0; i < NeuronPlaygroundModel.MAX_INPUTS; i++) {
            int index = i;
            xs.add(new ParameterControl("neuron-x" + (i + 1), v -> model.setX(index, v), this::report));
            ws.add(new ParameterControl("neuron-w" + (i + 1), v -> model.setW(index, v), this::report));
            params.add(xs.get(i), ws.get(i));
        }
        bias = new ParameterControl("neuron-b", v -> model.setBias(v), this::report);
        params.add(bias);
        Button reset = new Button();
        reset.setId("neuron-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> {
            model.reset();
            report(Optional.empty());
        });
        zReadout.setId("neuron-z");
        yReadout.setId("neuron-y");
        Div readouts = new Div(zReadout, yReadout);
        readouts.addClassNames("np-readouts");
        readouts.getElement().setAttribute("aria-live", "polite");
        error.setId("neuron-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        formula.setId("neuron-formula");
        diagram.setId("neuron-diagram");
        diagram.addClassName("np-diagram-view");
        Div controls = new Div(inputCount, functions, reset);
        controls.addClassName("widget-controls");
        Div picture = new Div(diagram, readouts);
        picture.addClassName("np-picture");
        Details details = new Details();
        details.add(table);
        details.addClassName("data-table-details");
        getContent().addClassName("neuron-playground");
        getContent().add(controls, params, error, picture, formula, details);
        addAttachListener(e -> {
            inputCount.setLabel(getTranslation("playground.inputs"));
            functions.setLabel(getTranslation("playground.function"));
            reset.setText(getTranslation("playground.reset"));
            details.setSummaryText(getTranslation("playground.table"));
            for (int i = 0; i < NeuronPlaygroundModel.MAX_INPUTS; i++) {
                xs.get(i).setLabel(getTranslation("playground.x", sub(i)));
                ws.get(i).setLabel(getTranslation("playground.w", sub(i)));
            }
            bias.setLabel(getTranslation("playground.b"));
            report(Optional.empty());
        });
    }

    /** Shows the Model's state, or the message of a refused value (the Model then kept its old state). */
    private void report(Optional<String> problem) {
        if (problem.isEmpty()) {
            stateChanged.run();
        }
        error.setText(problem.map(key -> getTranslation(
                        key,
                        NeuronPlaygroundModel.show(NeuronPlaygroundModel.MIN, 1),
                        NeuronPlaygroundModel.show(NeuronPlaygroundModel.MAX, 1)))
                .orElse(""));
        inputCount.setValue(model.inputs());
        functions.setValue(model.activation());
        for (int i = 0; i < NeuronPlaygroundModel.MAX_INPUTS; i++) {
            boolean used = i < model.inputs();
            xs.get(i).setVisible(used);
            ws.get(i).setVisible(used);
            if (problem.isEmpty()) {
                xs.get(i).show(model.x(i));
                ws.get(i).show(model.w(i));
            }
        }
        if (problem.isEmpty()) {
            bias.show(model.bias());
        }
        String z = NeuronPlaygroundModel.show(model.z(), 6);
        String y = NeuronPlaygroundModel.show(model.y(), 6);
        zReadout.setText(getTranslation("playground.z-readout", z));
        yReadout.setText(getTranslation("playground.y-readout", y));
        formula.setTex(model.formula());
        String name = getTranslation("playground.f." + model.activation().name().toLowerCase(Locale.ROOT));
        diagram.setMarkup(
                NeuronDiagram.render(model, getTranslation("playground.diagram", model.inputs(), name, z, y)));
        table.removeAll();
        table.add(DataTable.of(
                List.of(getTranslation("playground.col.quantity"), getTranslation("playground.col.value")),
                rows(z, y, name)));
    }

    private List<List<String>> rows(String z, String y, String name) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < model.inputs(); i++) {
            String n = sub(i);
            rows.add(List.of(getTranslation("playground.x", n), NeuronPlaygroundModel.show(model.x(i), 4)));
            rows.add(List.of(getTranslation("playground.w", n), NeuronPlaygroundModel.show(model.w(i), 4)));
            rows.add(List.of(
                    getTranslation("playground.product", n), NeuronPlaygroundModel.show(model.w(i) * model.x(i), 6)));
        }
        rows.add(List.of(getTranslation("playground.b"), NeuronPlaygroundModel.show(model.bias(), 4)));
        rows.add(List.of(getTranslation("playground.z"), z));
        rows.add(List.of(getTranslation("playground.function"), name));
        rows.add(List.of(getTranslation("playground.y"), y));
        return rows;
    }

    private static String sub(int i) {
        return String.valueOf("₁₂₃".charAt(i));
    }
}

package org.dlf.chapters.backprop;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dlf.base.ui.component.Clicks;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.IntegerInput;
import org.dlf.base.ui.component.Numbers;
import org.dlf.base.ui.component.TextMarkup;
import org.dlf.charts.LayerBarChart;

/**
 * Vanishing gradients (chapter 8): the mean gradient size of every layer of a deep, narrow network with
 * sigmoid and with ReLU hidden layers, computed by backpropagation on one input, as bars on a logarithmic axis,
 * with the same numbers in a table. The learner chooses the number of hidden layers and the initial weights
 * (the seed). Takes no configuration keys.
 */
class VanishingGradients extends Composite<Div> {

    private final VanishingGradientsModel model = new VanishingGradientsModel();
    private final IntegerInput layers = new IntegerInput();
    private final IntegerInput seed = new IntegerInput();
    private final Button other = new Button();
    private final LayerBarChart chart = new LayerBarChart();
    private final Paragraph summary = new Paragraph();
    private final Span message = new Span();
    private final Div table = new Div();
    private final Details details = new Details();

    VanishingGradients() {
        layers.setId("vanishing-layers");
        layers.setMin(VanishingGradientsModel.MIN_LAYERS);
        layers.setMax(VanishingGradientsModel.MAX_LAYERS);
        layers.setStepButtonsVisible(true);
        layers.addValueChangeListener(e -> {
            if (e.isFromClient()) show(model.setHiddenLayers(e.getValue()));
        });
        seed.setId("vanishing-seed");
        seed.setMin(0);
        seed.setMax(VanishingGradientsModel.MAX_SEED);
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) show(model.setSeed(e.getValue()));
        });
        other.setId("vanishing-other");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Clicks.on(other, () -> {
            model.nextSeed();
            show(Optional.empty());
        });
        chart.setId("vanishing-chart");
        summary.setId("vanishing-summary");
        summary.addClassName("training-outcome");
        summary.getElement().setAttribute("aria-live", "polite");
        message.setId("vanishing-message");
        message.addClassName("field-error");
        message.getElement().setAttribute("role", "alert");
        details.add(table);
        details.addClassName("data-table-details");
        Div controls = new Div(layers, seed, other);
        controls.addClassName("widget-controls");
        getContent().addClassName("vanishing-gradients");
        getContent().add(chart, summary, controls, message, details);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        layers.setLabel(getTranslation(
                "vanishing.layers", VanishingGradientsModel.MIN_LAYERS, VanishingGradientsModel.MAX_LAYERS));
        seed.setLabel(getTranslation("vanishing.seed"));
        TextMarkup.set(other, getTranslation("vanishing.other"));
        chart.setAccessibleName(getTranslation("vanishing.chart-name"));
        details.setSummaryText(getTranslation("vanishing.table"));
        show(Optional.empty());
    }

    /** The model's numbers, or the message of a refused value (the model kept its state). */
    private void show(Optional<String> problem) {
        message.setText(problem.map(key -> getTranslation(
                        key,
                        VanishingGradientsModel.MIN_LAYERS,
                        VanishingGradientsModel.MAX_LAYERS,
                        String.valueOf(VanishingGradientsModel.MAX_SEED)))
                .orElse(""));
        layers.setValue(model.hiddenLayers());
        seed.setValue((int) model.seed());
        List<VanishingGradientsModel.Sizes> sizes = model.sizes();
        List<LayerBarChart.Series> series = new ArrayList<>();
        for (VanishingGradientsModel.Sizes s : sizes) {
            series.add(new LayerBarChart.Series(name(s), s.perLayer()));
        }
        chart.show(getTranslation("vanishing.x"), getTranslation("vanishing.y"), series);
        VanishingGradientsModel.Sizes sigmoid = sizes.get(0), relu = sizes.get(1);
        chart.setSummary(getTranslation(
                "vanishing.chart-summary",
                name(sigmoid),
                values(sigmoid),
                name(relu),
                values(relu),
                sigmoid.perLayer().length));
        TextMarkup.set(summary, getTranslation("vanishing.summary", model.hiddenLayers(), ratio(sigmoid), ratio(relu)));
        List<List<String>> rows = new ArrayList<>();
        int count = sigmoid.perLayer().length;
        for (int l = 0; l < count; l++) {
            String layer = l == count - 1
                    ? getTranslation("vanishing.output-layer", l + 1)
                    : getTranslation("vanishing.hidden-layer", l + 1);
            rows.add(List.of(
                    layer, Numbers.significant(sigmoid.perLayer()[l], 3), Numbers.significant(relu.perLayer()[l], 3)));
        }
        table.removeAll();
        table.add(DataTable.of(List.of(getTranslation("vanishing.layer"), name(sigmoid), name(relu)), rows));
    }

    private String name(VanishingGradientsModel.Sizes s) {
        return getTranslation("vanishing.series." + s.activation().name().toLowerCase(Locale.ROOT));
    }

    /** A series' values layer by layer, as the table shows them ("0.0000035 · 0.00012 · …"). */
    private String values(VanishingGradientsModel.Sizes s) {
        return Arrays.stream(s.perLayer())
                .mapToObj(v -> Numbers.significant(v, 2))
                .collect(Collectors.joining(" · "));
    }

    /** How much smaller the first layer's gradients are, or that none reach it (a dead ReLU layer). */
    private String ratio(VanishingGradientsModel.Sizes s) {
        double ratio = s.shrink();
        return Double.isFinite(ratio)
                ? getTranslation("vanishing.ratio", name(s), Numbers.significant(ratio, 2))
                : getTranslation("vanishing.dead", name(s));
    }
}

package org.dlf.chapters.perceptron;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.Numbers;
import org.dlf.engine.PerceptronTrainer.EpochSummary;
import org.dlf.engine.Point;

/** The text alternative of the charts: the points, and error and weights per epoch, as tables. */
class PerceptronTables extends Composite<Details> {

    static final int MAX_ROWS = 200;

    private final PerceptronTrainerModel model;
    private final Div pointsTable = new Div();
    private final Div historyTable = new Div();
    private final List<List<String>> rows = new ArrayList<>();

    PerceptronTables(PerceptronTrainerModel model) {
        this.model = model;
        getContent().setId("perceptron-tables");
        getContent().addClassName("data-table-details");
        getContent().add(pointsTable, historyTable);
    }

    void translate() {
        getContent().setSummaryText(getTranslation("widget.data-table"));
    }

    void reset() {
        rows.clear();
        List<List<String>> points = new ArrayList<>();
        int i = 1;
        for (Point p : model.points().dataset().points()) {
            points.add(List.of(
                    String.valueOf(i++),
                    Numbers.format(p.x(), 2),
                    Numbers.format(p.y(), 2),
                    PerceptronTexts.sign(p.label())));
        }
        pointsTable.removeAll();
        pointsTable.add(DataTable.of(List.of("#", "x₁", "x₂", "d"), points));
        historyTable.removeAll();
    }

    void update(PerceptronTrainerModel.Frame f) {
        if (f.newEpochs().isEmpty()) {
            return;
        }
        for (EpochSummary e : f.newEpochs()) {
            if (rows.size() < MAX_ROWS) {
                double[] w = e.weightsAfter();
                rows.add(List.of(
                        String.valueOf(e.epoch()),
                        String.valueOf(e.misclassified()),
                        Numbers.format(e.error(), 3),
                        Numbers.format(e.weightChange(), 3),
                        Numbers.format(w[0], 3),
                        Numbers.format(w[1], 3),
                        Numbers.format(w[2], 3)));
            }
        }
        // rebuilt only while open would be nicer; the table is capped and updates are coalesced
        historyTable.removeAll();
        historyTable.add(DataTable.of(
                List.of(
                        getTranslation("perceptron.table.epoch"),
                        getTranslation("perceptron.table.mistakes"),
                        getTranslation("perceptron.table.error"),
                        getTranslation("perceptron.table.change"),
                        "w₀ (b)",
                        "w₁",
                        "w₂"),
                rows));
    }
}

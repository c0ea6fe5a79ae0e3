package org.dlf.chapters.mlp.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.dlf.base.ui.DataTable;
import org.dlf.base.ui.Numbers;

/** The text alternative of the loss chart: the charted epochs' train and test loss as a table. */
class MlpTables extends Composite<Details> {

    static final int MAX_ROWS = 200;

    private final Div table = new Div();
    private final List<List<String>> rows = new ArrayList<>();

    MlpTables() {
        getContent().setId("mlp-tables");
        getContent().addClassName("data-table-details");
        getContent().add(table);
        getContent().addOpenedChangeListener(ev -> {
            if (ev.isOpened()) {
                render();
            }
        });
    }

    void translate() {
        getContent().setSummaryText(getTranslation("widget.data-table"));
    }

    void reset() {
        rows.clear();
        table.removeAll();
    }

    void append(MlpTrainerModel.Frame f) {
        if (f.epochs().length == 0) {
            return;
        }
        for (int i = 0; i < f.epochs().length; i++) {
            rows.add(List.of(
                    String.valueOf((int) f.epochs()[i]),
                    Numbers.format(f.trainLoss()[i], 4),
                    Numbers.format(f.testLoss()[i], 4)));
        }
        while (rows.size() > MAX_ROWS) {
            rows.remove(0);
        }
        if (getContent().isOpened()) {
            render();
        }
    }

    private void render() {
        table.removeAll();
        table.add(DataTable.of(
                List.of(
                        getTranslation("mlp.epoch-axis"),
                        getTranslation("mlp.train-loss"),
                        getTranslation("mlp.test-loss")),
                rows));
    }
}

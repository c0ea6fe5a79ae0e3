package org.dlf.chapters.mlp;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.dlf.base.ui.component.DataTable;
import org.dlf.base.ui.component.Numbers;

/**
 * The text alternative of the loss chart: the charted epochs' train and test loss as a table. The last
 * {@value #MAX_ROWS} epochs are kept as numbers (about 2.4 KB) and turned into table rows only while the table
 * is open.
 */
class MlpTables extends Composite<Details> {

    static final int MAX_ROWS = 200;

    private final Div table = new Div();
    /**
     * Ring buffer of the last {@value #MAX_ROWS} charted epochs: epoch, train loss, test loss (as floats: the
     * table shows four decimals, a float keeps seven digits).
     */
    private final int[] epochs = new int[MAX_ROWS];

    private final float[] trainLoss = new float[MAX_ROWS];
    private final float[] testLoss = new float[MAX_ROWS];
    private int first;
    private int size;

    MlpTables() {
        getContent().setId("mlp-tables");
        getContent().addClassName("data-table-details");
        getContent().add(table);
        getContent().addOpenedChangeListener(ev -> {
            if (ev.isOpened()) {
                render();
            } else {
                table.removeAll();
            }
        });
    }

    void translate() {
        getContent().setSummaryText(getTranslation("widget.data-table"));
    }

    void reset() {
        first = 0;
        size = 0;
        table.removeAll();
    }

    void append(MlpTrainerModel.Frame f) {
        if (f.epochs().length == 0) {
            return;
        }
        for (int i = 0; i < f.epochs().length; i++) {
            int at = (first + size) % MAX_ROWS;
            epochs[at] = (int) f.epochs()[i];
            trainLoss[at] = (float) f.trainLoss()[i];
            testLoss[at] = (float) f.testLoss()[i];
            if (size < MAX_ROWS) {
                size++;
            } else {
                first = (first + 1) % MAX_ROWS;
            }
        }
        if (getContent().isOpened()) {
            render();
        }
    }

    /** The kept rows, oldest first, as the table shows them. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = (first + k) % MAX_ROWS;
            rows.add(List.of(
                    String.valueOf(epochs[i]), Numbers.format(trainLoss[i], 4), Numbers.format(testLoss[i], 4)));
        }
        return rows;
    }

    private void render() {
        table.removeAll();
        table.add(DataTable.of(
                List.of(
                        getTranslation("mlp.epoch-axis"),
                        getTranslation("mlp.train-loss"),
                        getTranslation("mlp.test-loss")),
                rows()));
    }
}

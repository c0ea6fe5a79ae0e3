package org.dlf.classroom.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rows of a live grid: a new list of rows re-sends only the rows that changed when the same rows (by
 * {@code id}) come in the same order, and all of them otherwise; an unchanged list sends nothing. A dashboard
 * refreshed during a rush of answers then sends the few students who answered, not the whole class (nor a new
 * button for every row).
 */
final class LiveRows<T> {

    private final Grid<T> grid;
    private final Function<T, ?> id;
    private List<T> rows = new ArrayList<>();
    private GridListDataView<T> view;

    LiveRows(Grid<T> grid, Function<T, ?> id) {
        this.grid = grid;
        this.id = id;
        this.view = grid.setItems(rows);
        view.setIdentifierProvider(id::apply);
    }

    void show(List<T> next) {
        if (next.equals(rows)) return;
        if (sameRows(next)) {
            for (int i = 0; i < next.size(); i++) {
                if (!next.get(i).equals(rows.get(i))) {
                    rows.set(i, next.get(i));
                    view.refreshItem(next.get(i));
                }
            }
        } else {
            rows = new ArrayList<>(next);
            view = grid.setItems(rows);
            view.setIdentifierProvider(id::apply);
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    private boolean sameRows(List<T> next) {
        if (next.size() != rows.size()) return false;
        for (int i = 0; i < next.size(); i++) {
            if (!Objects.equals(id.apply(next.get(i)), id.apply(rows.get(i)))) return false;
        }
        return true;
    }
}

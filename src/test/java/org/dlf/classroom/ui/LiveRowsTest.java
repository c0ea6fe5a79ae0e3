package org.dlf.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live grid shows exactly the latest rows, whether they were refreshed one by one or replaced. */
class LiveRowsTest {

    record Row(String name, int attempts) {}

    private final Grid<Row> grid = new Grid<>();
    private final LiveRows<Row> rows = new LiveRows<>(grid, Row::name);

    private List<Row> shown() {
        return grid.getListDataView().getItems().toList();
    }

    @Test
    void a_changed_row_among_the_same_rows_is_shown_with_its_new_values() {
        rows.show(List.of(new Row("Ada", 1), new Row("Bo", 0)));
        rows.show(List.of(new Row("Ada", 1), new Row("Bo", 1)));
        assertThat(shown()).containsExactly(new Row("Ada", 1), new Row("Bo", 1));
    }

    @Test
    void a_new_row_or_a_new_order_replaces_all_rows() {
        rows.show(List.of(new Row("Ada", 1), new Row("Bo", 0)));
        rows.show(List.of(new Row("Bo", 2), new Row("Ada", 1), new Row("Cy", 0)));
        assertThat(shown()).containsExactly(new Row("Bo", 2), new Row("Ada", 1), new Row("Cy", 0));
        rows.show(List.of());
        assertThat(shown()).isEmpty();
        assertThat(rows.isEmpty()).isTrue();
    }

    @Test
    void the_rows_shown_are_not_the_callers_list() {
        var mine = new java.util.ArrayList<>(List.of(new Row("Ada", 1)));
        rows.show(mine);
        mine.clear();
        assertThat(shown()).containsExactly(new Row("Ada", 1));
    }
}

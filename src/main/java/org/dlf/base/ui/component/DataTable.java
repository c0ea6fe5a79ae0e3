package org.dlf.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A plain, accessible HTML table: the text alternative of what a chart or diagram shows. */
public final class DataTable {

    private DataTable() {}

    public static Div of(List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        headers.forEach(h -> headRow.add(new NativeTableHeaderCell(h)));
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(cell -> tr.add(new NativeTableCell(cell)));
            body.add(tr);
        }
        table.add(head, body);
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        // scrolls sideways on a phone: focusable, so that the keyboard can scroll it too
        scroll.getElement().setAttribute("tabindex", "0");
        return scroll;
    }
}

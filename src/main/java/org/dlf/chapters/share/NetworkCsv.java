package org.dlf.chapters.share;

import java.util.List;

/**
 * CSV versions of a {@link NetworkFile}'s parts for spreadsheets: the weights and biases (one row each), the
 * loss history (its columns) and the step trace. Comma-separated, a header row, numbers as in the JSON file
 * (the shortest text that reads back as the same double), text quoted where it needs to be (RFC 4180).
 */
public final class NetworkCsv {

    private NetworkCsv() {}

    /** {@code layer,neuron,input,kind,value}: 1-based numbers; a bias row has no input. */
    public static String weights(NetworkFile file) {
        StringBuilder csv = new StringBuilder("layer,neuron,input,kind,value\r\n");
        for (int l = 0; l < file.layers().size(); l++) {
            NetworkFile.Layer layer = file.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.weights()[j].length; i++) {
                    row(csv, List.of(l + 1, j + 1, i + 1, "weight", number(layer.weights()[j][i])));
                }
                row(csv, List.of(l + 1, j + 1, "", "bias", number(layer.biases()[j])));
            }
        }
        return csv.toString();
    }

    /** The loss history's columns and rows; only the header when nothing was trained. */
    public static String lossHistory(NetworkFile file) {
        NetworkFile.Table table = file.lossHistory();
        if (table == null) {
            return "";
        }
        StringBuilder csv = new StringBuilder();
        row(csv, List.copyOf(table.columns()));
        for (double[] r : table.rows()) {
            row(
                    csv,
                    java.util.Arrays.stream(r)
                            .mapToObj(NetworkCsv::number)
                            .map(Object.class::cast)
                            .toList());
        }
        return csv.toString();
    }

    /** {@code step,symbol,value,formula}. */
    public static String trace(NetworkFile file) {
        StringBuilder csv = new StringBuilder("step,symbol,value,formula\r\n");
        if (file.trace() != null) {
            for (NetworkFile.Step s : file.trace().steps()) {
                row(csv, List.of(s.number(), s.symbol(), number(s.value()), s.formula()));
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? UrlText.number(value) : "";
    }

    private static void row(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = String.valueOf(cells.get(i));
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            csv.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }
}

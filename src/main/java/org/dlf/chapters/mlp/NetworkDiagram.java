package org.dlf.chapters.mlp;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.dlf.engine.Layer;
import org.dlf.engine.Network;

/**
 * The network as SVG markup: inputs, hidden layers and output in columns; each link coloured by its weight's
 * sign and drawn as wide as its size (links of one sign and width share a path); every computing neuron is a focusable button with key {@code n-l-j}.
 */
final class NetworkDiagram {

    private static final int COLUMN = 110;
    private static final int ROW = 34;
    private static final int RADIUS = 12;

    private NetworkDiagram() {}

    /** {@code label.apply(l, j)} is the accessible name of neuron j in layer l (-1 = input). */
    static String svg(Network network, BiFunction<Integer, Integer, String> label) {
        int columns = network.layerCount() + 1;
        int rows = 2;
        for (int l = 0; l < network.layerCount(); l++) {
            rows = Math.max(rows, network.layer(l).size());
        }
        int width = columns * COLUMN;
        int height = rows * ROW + 10;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"group\">");
        // links drawn as one path per sign and width (widths in steps of 0.5): the diagram is re-sent every
        // second while training and kept as the page's state, so every character of a link counts
        Map<String, StringBuilder> paths = new TreeMap<>();
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double w = layer.weight(j, i);
                    double stroke = Double.isFinite(w) ? Math.min(7, 0.6 + 1.6 * Math.abs(w)) : 0.6;
                    String group = String.format(
                            Locale.ROOT,
                            "%s\" stroke-width=\"%.1f",
                            w >= 0 ? "pos" : "neg",
                            Math.round(stroke * 2) / 2.0);
                    paths.computeIfAbsent(group, g -> new StringBuilder())
                            .append('M')
                            .append(x(l - 1))
                            .append(' ')
                            .append(coordinate(y(i, layer.inputs(), height)))
                            .append('L')
                            .append(x(l))
                            .append(' ')
                            .append(coordinate(y(j, layer.size(), height)));
                }
            }
        }
        paths.forEach((group, d) -> sb.append("<path class=\"")
                .append(group)
                .append("\" d=\"")
                .append(d)
                .append("\"/>"));
        for (int i = 0; i < network.inputSize(); i++) {
            node(sb, x(-1), y(i, network.inputSize(), height), "x" + (char) ('₁' + i), null, label.apply(-1, i));
        }
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            boolean output = l == network.layerCount() - 1;
            for (int j = 0; j < layer.size(); j++) {
                String key = "n-" + l + "-" + j;
                node(sb, x(l), y(j, layer.size(), height), output ? "y" : "h", key, label.apply(l, j));
            }
        }
        return sb.append("</svg>").toString();
    }

    private static void node(StringBuilder sb, int cx, double cy, String text, String key, String aria) {
        if (key != null) {
            sb.append("<g data-key=\"")
                    .append(key)
                    .append("\" tabindex=\"0\" role=\"button\" aria-label=\"")
                    .append(escape(aria))
                    .append("\">");
        } else {
            sb.append("<g aria-label=\"").append(escape(aria)).append("\" role=\"img\">");
        }
        sb.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%.1f\" r=\"%d\"/>", cx, cy, RADIUS));
        sb.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>",
                cx,
                cy + 4,
                escape(text)));
    }

    /** A coordinate with at most one decimal, without ".0". */
    private static String coordinate(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private static int x(int layer) {
        return COLUMN / 2 + (layer + 1) * COLUMN;
    }

    private static double y(int index, int count, int height) {
        return height / 2.0 + (index - (count - 1) / 2.0) * ROW;
    }

    /**
     * Escapes markup characters, and writes every character beyond Latin-1 (the subscripts of x₁, Chinese
     * names) as a character reference: the markup then stays a one-byte-per-character string, half the
     * memory of a UTF-16 one, while the page keeps it as the diagram's current state.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c > 0xFF) {
                        sb.append("&#").append(c).append(';');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}

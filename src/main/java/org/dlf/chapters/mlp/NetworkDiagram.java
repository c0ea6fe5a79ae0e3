package org.dlf.chapters.mlp;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.dlf.base.ui.component.Markup;
import org.dlf.engine.Layer;
import org.dlf.engine.Network;
import org.jspecify.annotations.Nullable;

/**
 * The network as SVG markup: inputs, hidden layers and output in columns; each link coloured by its weight's
 * sign and drawn as wide as its size (links of one sign and width share a path); every computing neuron is a focusable button with key {@code n-l-j}.
 */
final class NetworkDiagram {

    private static final int COLUMN = 110;
    private static final int ROW = 34;
    private static final int RADIUS = 12;

    private NetworkDiagram() {}

    /**
     * {@code label.apply(l, j)} is the accessible name of neuron j in layer l (-1 = input). The markup is ASCII:
     * every character beyond it (the subscripts of x₁, Chinese names) is a character reference, so it stays a
     * one-byte-per-character string, half the memory of a UTF-16 one, while the page keeps it as the diagram's
     * current state.
     */
    static Markup svg(Network network, BiFunction<Integer, Integer, String> label) {
        int columns = network.layerCount() + 1;
        int rows = 2;
        for (int l = 0; l < network.layerCount(); l++) {
            rows = Math.max(rows, network.layer(l).size());
        }
        int width = columns * COLUMN;
        int height = rows * ROW + 10;
        Markup.Builder svg = Markup.asciiBuilder()
                .start("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("role", "group");
        // links drawn as one path per sign and width (widths in steps of 0.5): the diagram is re-sent every
        // second while training and kept as the page's state, so every character of a link counts
        Map<String, Map<Double, StringBuilder>> paths = new TreeMap<>();
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double w = layer.weight(j, i);
                    double stroke = Double.isFinite(w) ? Math.min(7, 0.6 + 1.6 * Math.abs(w)) : 0.6;
                    paths.computeIfAbsent(w >= 0 ? "pos" : "neg", sign -> new TreeMap<>())
                            .computeIfAbsent(Math.round(stroke * 2) / 2.0, half -> new StringBuilder())
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
        paths.forEach((sign, byWidth) -> byWidth.forEach((stroke, d) -> svg.start("path")
                .attr("class", sign)
                .attr("stroke-width", Double.toString(stroke))
                .attr("d", d.toString())
                .end()));
        for (int i = 0; i < network.inputSize(); i++) {
            node(svg, x(-1), y(i, network.inputSize(), height), "x" + (char) ('₁' + i), null, label.apply(-1, i));
        }
        for (int l = 0; l < network.layerCount(); l++) {
            Layer layer = network.layer(l);
            boolean output = l == network.layerCount() - 1;
            for (int j = 0; j < layer.size(); j++) {
                String key = "n-" + l + "-" + j;
                node(svg, x(l), y(j, layer.size(), height), output ? "y" : "h", key, label.apply(l, j));
            }
        }
        return svg.end().build();
    }

    private static void node(Markup.Builder svg, int cx, double cy, String text, @Nullable String key, String aria) {
        svg.start("g");
        if (key != null) {
            svg.attr("data-key", key)
                    .attr("tabindex", "0")
                    .attr("role", "button")
                    .attr("aria-label", aria);
        } else {
            svg.attr("aria-label", aria).attr("role", "img");
        }
        svg.start("circle").attr("cx", cx).attr("cy", cy).attr("r", RADIUS).end();
        svg.start("text")
                .attr("x", cx)
                .attr("y", cy + 4)
                .attr("text-anchor", "middle")
                .text(text)
                .end()
                .end();
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
}

package org.dlf.chapters.stepper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dlf.base.ui.component.TextMarkup;

/**
 * SVG markup of the course's 2-2-2 network: inputs i1, i2, hidden h1, h2, outputs o1, o2, bias units
 * b1, b2 and the weights w1..w8 on the links. Keys of nodes are their names ({@code i1} … {@code b2}),
 * keys of weight links are {@code w1} … {@code w8}, of bias links {@code b1-h1} … {@code b2-o2}, and
 * {@code E} is the total-error label. Highlighted keys get the class {@code on}, the focus node
 * {@code focus}. Plain Java; the text shown is supplied by the caller.
 */
public final class WorkedExampleDiagram {

    /** What the diagram says: lines of text by each node, weight labels, the total-error line. */
    public record Labels(Map<String, List<String>> nodeLines, Map<String, String> linkLabels, String errorLine) {}

    private static final int R = 28;
    private static final int BIAS_R = 20;
    /** Weight wk links FROM[k-1] to TO[k-1]. */
    private static final String[] FROM = {"i1", "i2", "i1", "i2", "h1", "h2", "h1", "h2"};

    private static final String[] TO = {"h1", "h1", "h2", "h2", "o1", "o1", "o2", "o2"};
    private static final List<String> ORDER = List.of("i1", "i2", "h1", "h2", "o1", "o2");

    /**
     * Where everything goes. {@code wide}: layers left to right, values above and below the nodes; {@code tall}
     * (for a phone): layers top to bottom, values beside the nodes, weight labels on two lines. {@code at[k-1]}
     * is how far along link wk its label sits.
     */
    private record Layout(
            String name, int width, int height, Map<String, int[]> nodes, double[] at, boolean twoLineWeights) {}

    private static final Layout WIDE = new Layout(
            "wide",
            720,
            440,
            Map.of(
                    "i1", new int[] {90, 150},
                    "i2", new int[] {90, 310},
                    "h1", new int[] {360, 150},
                    "h2", new int[] {360, 310},
                    "o1", new int[] {630, 150},
                    "o2", new int[] {630, 310},
                    "b1", new int[] {225, 405},
                    "b2", new int[] {495, 405}),
            new double[] {0.5, 0.3, 0.3, 0.5, 0.5, 0.3, 0.3, 0.5},
            false);

    private static final Layout TALL = new Layout(
            "tall",
            480,
            800,
            Map.of(
                    "i1", new int[] {160, 110},
                    "i2", new int[] {320, 110},
                    "h1", new int[] {160, 390},
                    "h2", new int[] {320, 390},
                    "o1", new int[] {160, 670},
                    "o2", new int[] {320, 670},
                    "b1", new int[] {440, 250},
                    "b2", new int[] {440, 530}),
            new double[] {0.5, 0.78, 0.22, 0.5, 0.5, 0.78, 0.22, 0.5},
            true);

    private WorkedExampleDiagram() {}

    /** The node a weight starts at, e.g. {@code from(5) = "h1"}. */
    public static String from(int weight) {
        return FROM[weight - 1];
    }

    /** The node a weight ends at, e.g. {@code to(5) = "o1"}. */
    public static String to(int weight) {
        return TO[weight - 1];
    }

    /**
     * The diagram twice, wide and tall; the stylesheet shows the one that fits the column (the other is not
     * displayed, so screen readers meet one image).
     */
    public static String svg(Labels labels, Set<String> highlight, String focus, String ariaLabel) {
        return svg(WIDE, labels, highlight, focus, ariaLabel) + svg(TALL, labels, highlight, focus, ariaLabel);
    }

    private static String svg(Layout layout, Labels labels, Set<String> highlight, String focus, String ariaLabel) {
        StringBuilder s = new StringBuilder(6000);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(layout.width())
                .append(' ')
                .append(layout.height())
                .append("\" class=\"net-diagram net-")
                .append(layout.name())
                .append(highlight.isEmpty() ? "" : " dimmed")
                .append("\" role=\"img\" aria-label=\"")
                .append(TextMarkup.escape(ariaLabel))
                .append("\">");
        s.append("<title>").append(TextMarkup.escape(ariaLabel)).append("</title>");
        for (String bias : List.of("b1", "b2")) {
            for (String node : bias.equals("b1") ? List.of("h1", "h2") : List.of("o1", "o2")) {
                line(s, layout, bias, node, bias + "-" + node, highlight, true);
            }
        }
        for (int k = 1; k <= 8; k++) {
            line(s, layout, FROM[k - 1], TO[k - 1], "w" + k, highlight, false);
        }
        for (int k = 1; k <= 8; k++) {
            weightLabel(s, layout, k, labels.linkLabels().getOrDefault("w" + k, "w" + k), highlight);
        }
        for (String node : ORDER) {
            node(s, layout, node, R, labels.nodeLines().getOrDefault(node, List.of()), highlight, focus);
        }
        for (String bias : List.of("b1", "b2")) {
            node(s, layout, bias, BIAS_R, labels.nodeLines().getOrDefault(bias, List.of()), highlight, focus);
        }
        s.append("<text class=\"err")
                .append(cls("E", highlight, focus))
                .append("\" x=\"")
                .append(layout.width() / 2)
                .append("\" y=\"34\" text-anchor=\"middle\">")
                .append(TextMarkup.escape(labels.errorLine()))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    private static void line(
            StringBuilder s, Layout layout, String a, String b, String key, Set<String> on, boolean bias) {
        int[] p = layout.nodes().get(a);
        int[] q = layout.nodes().get(b);
        s.append("<line class=\"link")
                .append(bias ? " bias-link" : "")
                .append(on.contains(key) ? " on" : "")
                .append("\" data-part=\"")
                .append(key)
                .append("\" x1=\"")
                .append(p[0])
                .append("\" y1=\"")
                .append(p[1])
                .append("\" x2=\"")
                .append(q[0])
                .append("\" y2=\"")
                .append(q[1])
                .append("\"/>");
    }

    /**
     * A weight's label on its link, over a halo of the background (the stylesheet's stroke) so that lines under
     * it do not cross the digits. "w5 = 0.4 → 0.35891648" is split before the arrow in the tall layout.
     */
    private static void weightLabel(StringBuilder s, Layout layout, int k, String text, Set<String> on) {
        int[] p = layout.nodes().get(FROM[k - 1]);
        int[] q = layout.nodes().get(TO[k - 1]);
        double t = layout.at()[k - 1];
        double x = p[0] + (q[0] - p[0]) * t;
        double y = p[1] + (q[1] - p[1]) * t + (p[1] == q[1] ? -8 : 5);
        int arrow = text.indexOf(" → ");
        boolean split = layout.twoLineWeights() && arrow > 0;
        s.append("<text class=\"weight")
                .append(on.contains("w" + k) ? " on" : "")
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(split ? y - 8 : y))
                .append("\" text-anchor=\"middle\">");
        if (split) {
            s.append(TextMarkup.escape(text.substring(0, arrow)))
                    .append("<tspan x=\"")
                    .append(fmt(x))
                    .append("\" dy=\"16\">")
                    .append(TextMarkup.escape(text.substring(arrow + 1)))
                    .append("</tspan>");
        } else {
            s.append(TextMarkup.escape(text));
        }
        s.append("</text>");
    }

    private static void node(
            StringBuilder s, Layout layout, String key, int r, List<String> lines, Set<String> on, String focus) {
        int[] p = layout.nodes().get(key);
        s.append("<g class=\"node")
                .append(key.startsWith("b") ? " bias" : "")
                .append(cls(key, on, focus))
                .append("\" data-part=\"")
                .append(key)
                .append("\">");
        s.append("<circle cx=\"")
                .append(p[0])
                .append("\" cy=\"")
                .append(p[1])
                .append("\" r=\"")
                .append(r)
                .append("\"/>");
        s.append("<text class=\"name\" x=\"")
                .append(p[0])
                .append("\" y=\"")
                .append(p[1] + 6)
                .append("\" text-anchor=\"middle\">")
                .append(key.charAt(0))
                .append("<tspan class=\"sub\" dy=\"5\">")
                .append(key.charAt(1))
                .append("</tspan></text>");
        for (int i = 0; i < lines.size(); i++) {
            int[] at = valuePosition(layout, key, r, lines.size(), i);
            s.append("<text class=\"value\" x=\"")
                    .append(at[0])
                    .append("\" y=\"")
                    .append(at[1])
                    .append("\" text-anchor=\"")
                    .append(at[2] < 0 ? "end" : at[2] > 0 ? "start" : "middle")
                    .append("\">")
                    .append(TextMarkup.escape(lines.get(i)))
                    .append("</text>");
        }
        s.append("</g>");
    }

    /**
     * x, y and alignment (-1 end, 0 middle, 1 start) of a node's i-th value line. Wide: a bias's value to its
     * right, a node's above it (top row) or below it (bottom row). Tall: a bias's value below it, a node's to the
     * left (left column) or right (right column), the lines centred on the node.
     */
    private static int[] valuePosition(Layout layout, String key, int r, int count, int i) {
        int[] p = layout.nodes().get(key);
        boolean bias = key.startsWith("b");
        if (layout == WIDE) {
            if (bias) {
                return new int[] {p[0] + r + 8, p[1] + 5, 1};
            }
            return p[1] > 200
                    ? new int[] {p[0], p[1] + r + 20 + 18 * i, 0}
                    : new int[] {p[0], p[1] - r - 12 - 18 * (count - 1 - i), 0};
        }
        if (bias) {
            return new int[] {p[0], p[1] + r + 18 + 18 * i, 0};
        }
        int y = p[1] + 5 - 9 * (count - 1) + 18 * i;
        return p[0] < layout.width() / 2 ? new int[] {p[0] - r - 8, y, -1} : new int[] {p[0] + r + 8, y, 1};
    }

    private static String cls(String key, Set<String> on, String focus) {
        return (on.contains(key) ? " on" : "") + (key.equals(focus) ? " focus" : "");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

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

    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int R = 28;
    private static final int BIAS_R = 20;
    private static final Map<String, int[]> NODES = Map.of(
            "i1",
            new int[] {90, 150},
            "i2",
            new int[] {90, 310},
            "h1",
            new int[] {360, 150},
            "h2",
            new int[] {360, 310},
            "o1",
            new int[] {630, 150},
            "o2",
            new int[] {630, 310},
            "b1",
            new int[] {225, 405},
            "b2",
            new int[] {495, 405});
    /** Weight wk links FROM[k-1] to TO[k-1]. */
    private static final String[] FROM = {"i1", "i2", "i1", "i2", "h1", "h2", "h1", "h2"};

    private static final String[] TO = {"h1", "h1", "h2", "h2", "o1", "o1", "o2", "o2"};
    private static final List<String> ORDER = List.of("i1", "i2", "h1", "h2", "o1", "o2");

    private WorkedExampleDiagram() {}

    /** The node a weight starts at, e.g. {@code from(5) = "h1"}. */
    public static String from(int weight) {
        return FROM[weight - 1];
    }

    /** The node a weight ends at, e.g. {@code to(5) = "o1"}. */
    public static String to(int weight) {
        return TO[weight - 1];
    }

    public static String svg(Labels labels, Set<String> highlight, String focus, String ariaLabel) {
        StringBuilder s = new StringBuilder(6000);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" class=\"net-diagram")
                .append(highlight.isEmpty() ? "" : " dimmed")
                .append("\" role=\"img\" aria-label=\"")
                .append(TextMarkup.escape(ariaLabel))
                .append("\">");
        s.append("<title>").append(TextMarkup.escape(ariaLabel)).append("</title>");
        for (String bias : List.of("b1", "b2")) {
            for (String node : bias.equals("b1") ? List.of("h1", "h2") : List.of("o1", "o2")) {
                line(s, bias, node, bias + "-" + node, highlight, BIAS_R, true);
            }
        }
        for (int k = 1; k <= 8; k++) {
            line(s, FROM[k - 1], TO[k - 1], "w" + k, highlight, R, false);
        }
        for (int k = 1; k <= 8; k++) {
            weightLabel(s, k, labels.linkLabels().getOrDefault("w" + k, "w" + k), highlight);
        }
        for (String node : ORDER) {
            node(s, node, R, labels.nodeLines().getOrDefault(node, List.of()), highlight, focus);
        }
        for (String bias : List.of("b1", "b2")) {
            node(s, bias, BIAS_R, labels.nodeLines().getOrDefault(bias, List.of()), highlight, focus);
        }
        s.append("<text class=\"err")
                .append(cls("E", highlight, focus))
                .append("\" x=\"")
                .append(WIDTH / 2)
                .append("\" y=\"34\" text-anchor=\"middle\">")
                .append(TextMarkup.escape(labels.errorLine()))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, String a, String b, String key, Set<String> on, int ra, boolean bias) {
        int[] p = NODES.get(a);
        int[] q = NODES.get(b);
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

    private static void weightLabel(StringBuilder s, int k, String text, Set<String> on) {
        int[] p = NODES.get(FROM[k - 1]);
        int[] q = NODES.get(TO[k - 1]);
        boolean horizontal = p[1] == q[1];
        double t = horizontal ? 0.5 : 0.3;
        double x = p[0] + (q[0] - p[0]) * t;
        double y = p[1] + (q[1] - p[1]) * t + (horizontal ? -8 : 5);
        s.append("<text class=\"weight")
                .append(on.contains("w" + k) ? " on" : "")
                .append("\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"middle\">")
                .append(TextMarkup.escape(text))
                .append("</text>");
    }

    private static void node(StringBuilder s, String key, int r, List<String> lines, Set<String> on, String focus) {
        int[] p = NODES.get(key);
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
        boolean below = p[1] > 200;
        for (int i = 0; i < lines.size(); i++) {
            int y = below ? p[1] + r + 20 + 18 * i : p[1] - r - 12 - 18 * (lines.size() - 1 - i);
            if (key.startsWith("b")) {
                y = p[1] + 5;
            }
            int x = key.startsWith("b") ? p[0] + r + 8 : p[0];
            s.append("<text class=\"value\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" text-anchor=\"")
                    .append(key.startsWith("b") ? "start" : "middle")
                    .append("\">")
                    .append(TextMarkup.escape(lines.get(i)))
                    .append("</text>");
        }
        s.append("</g>");
    }

    private static String cls(String key, Set<String> on, String focus) {
        return (on.contains(key) ? " on" : "") + (key.equals(focus) ? " focus" : "");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

package org.dlf.chapters.neuron;

import java.util.Locale;
import org.dlf.base.ui.component.TextMarkup;

/**
 * SVG markup of the playground's neuron: input nodes linked to the neuron, each link as thick as |wᵢ| and
 * coloured (and, for colour-blind readers, dashed) by the weight's sign; the bias enters from above.
 * Colours come from CSS classes in neuron-playground.css, so light and dark both work.
 */
final class NeuronDiagram {

    private static final int WIDTH = 380;
    private static final int HEIGHT = 230;
    private static final double CX = 230;
    private static final double CY = 122;
    private static final double R = 34;

    private NeuronDiagram() {}

    /** The markup for the model's current state; {@code description} is its accessible name. */
    static String render(NeuronPlaygroundModel model, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"np-diagram\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(TextMarkup.escape(description))
                .append("\">");
        svg.append("<defs><marker id=\"np-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" ")
                .append("class=\"np-arrowhead\"/></marker></defs>");
        int n = model.inputs();
        for (int i = 0; i < n; i++) {
            double y = n == 1 ? CY : 42 + i * (160.0 / (n - 1));
            link(svg, i, y, model);
        }
        double z = model.z();
        svg.append(line(CX, 22, CX, CY - R, "np-bias-link"));
        svg.append(text(CX + 8, 30, "b = " + NeuronPlaygroundModel.show(model.bias(), 2), "np-label start"));
        svg.append("<circle class=\"np-neuron\" cx=\"")
                .append(num(CX))
                .append("\" cy=\"")
                .append(num(CY))
                .append("\" r=\"")
                .append(num(R))
                .append("\"/>");
        svg.append(text(CX, CY - 6, "z = " + NeuronPlaygroundModel.show(z, 3), "np-neuron-text"));
        svg.append(text(CX, CY + 16, "f", "np-neuron-text np-f"));
        svg.append("<line class=\"np-out-link\" x1=\"")
                .append(num(CX + R))
                .append("\" y1=\"")
                .append(num(CY))
                .append("\" x2=\"")
                .append(num(WIDTH - 46))
                .append("\" y2=\"")
                .append(num(CY))
                .append("\" marker-end=\"url(#np-arrow)\"/>");
        svg.append(text(WIDTH - 40, CY + 5, "y", "np-node-text start"));
        svg.append(text(CX + R + 34, CY - 10, NeuronPlaygroundModel.show(model.y(), 4), "np-label"));
        return svg.append("</svg>").toString();
    }

    private static void link(StringBuilder svg, int i, double y, NeuronPlaygroundModel model) {
        double w = model.w(i);
        String sign = w > 0 ? "np-positive" : w < 0 ? "np-negative" : "np-zero";
        double width = 1 + 1.6 * Math.abs(w);
        svg.append("<line class=\"np-link ")
                .append(sign)
                .append("\" x1=\"58\" y1=\"")
                .append(num(y))
                .append("\" x2=\"")
                .append(num(CX - R))
                .append("\" y2=\"")
                .append(num(CY))
                .append("\" stroke-width=\"")
                .append(num(width))
                .append("\"/>");
        svg.append("<circle class=\"np-input\" cx=\"40\" cy=\"").append(num(y)).append("\" r=\"18\"/>");
        svg.append(text(40, y + 5, "x" + sub(i), "np-node-text"));
        double mx = 58 + (CX - R - 58) * 0.45;
        double my = y + (CY - y) * 0.45 - 8;
        svg.append(text(mx, my, "w" + sub(i) + " = " + NeuronPlaygroundModel.show(w, 2), "np-label"));
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₁' + i));
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\""
                + num(y2) + "\"/>";
    }

    private static String text(double x, double y, String content, String cls) {
        return "<text class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\">" + TextMarkup.escape(content)
                + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

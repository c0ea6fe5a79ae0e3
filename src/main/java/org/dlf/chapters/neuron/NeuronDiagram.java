package org.dlf.chapters.neuron;

import org.dlf.base.ui.component.Markup;

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
    static Markup render(NeuronPlaygroundModel model, String description) {
        Markup.Builder svg = Markup.builder()
                .start("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "np-diagram")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("role", "img")
                .attr("aria-label", description);
        svg.start("defs")
                .start("marker")
                .attr("id", "np-arrow")
                .attr("viewBox", "0 0 10 10")
                .attr("refX", 9)
                .attr("refY", 5)
                .attr("markerWidth", 7)
                .attr("markerHeight", 7)
                .attr("orient", "auto-start-reverse")
                .start("path")
                .attr("d", "M0,0 L10,5 L0,10 z")
                .attr("class", "np-arrowhead")
                .end()
                .end()
                .end();
        int n = model.inputs();
        for (int i = 0; i < n; i++) {
            double y = n == 1 ? CY : 42 + i * (160.0 / (n - 1));
            link(svg, i, y, model);
        }
        double z = model.z();
        line(svg, CX, 22, CX, CY - R, "np-bias-link").end();
        text(svg, CX + 8, 30, "b = " + NeuronPlaygroundModel.show(model.bias(), 2), "np-label start");
        svg.start("circle")
                .attr("class", "np-neuron")
                .attr("cx", CX)
                .attr("cy", CY)
                .attr("r", R)
                .end();
        text(svg, CX, CY - 6, "z = " + NeuronPlaygroundModel.show(z, 3), "np-neuron-text");
        text(svg, CX, CY + 16, "f", "np-neuron-text np-f");
        line(svg, CX + R, CY, WIDTH - 46, CY, "np-out-link")
                .attr("marker-end", "url(#np-arrow)")
                .end();
        text(svg, WIDTH - 40, CY + 5, "y", "np-node-text start");
        text(svg, CX + R + 34, CY - 10, NeuronPlaygroundModel.show(model.y(), 4), "np-label");
        return svg.end().build();
    }

    private static void link(Markup.Builder svg, int i, double y, NeuronPlaygroundModel model) {
        double w = model.w(i);
        String sign = w > 0 ? "np-positive" : w < 0 ? "np-negative" : "np-zero";
        line(svg, 58, y, CX - R, CY, "np-link " + sign)
                .attr("stroke-width", 1 + 1.6 * Math.abs(w))
                .end();
        svg.start("circle")
                .attr("class", "np-input")
                .attr("cx", 40)
                .attr("cy", y)
                .attr("r", 18)
                .end();
        text(svg, 40, y + 5, "x" + sub(i), "np-node-text");
        double mx = 58 + (CX - R - 58) * 0.45;
        double my = y + (CY - y) * 0.45 - 8;
        text(svg, mx, my, "w" + sub(i) + " = " + NeuronPlaygroundModel.show(w, 2), "np-label");
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₁' + i));
    }

    /** Opens a line: the caller may add attributes, then ends it. */
    private static Markup.Builder line(Markup.Builder svg, double x1, double y1, double x2, double y2, String cls) {
        return svg.start("line")
                .attr("class", cls)
                .attr("x1", x1)
                .attr("y1", y1)
                .attr("x2", x2)
                .attr("y2", y2);
    }

    private static void text(Markup.Builder svg, double x, double y, String content, String cls) {
        svg.start("text")
                .attr("class", cls)
                .attr("x", x)
                .attr("y", y)
                .text(content)
                .end();
    }
}

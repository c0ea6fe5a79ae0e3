package org.dlf.chapters.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dlf.base.ui.component.Markup;
import org.dlf.content.Language;

/**
 * SVG markup of the time axis 1940–2020: phase bands, shaded winters, and one focusable marker per
 * milestone (data-key = id, role=button, aria-label). Labels are stacked in lanes so that close years
 * (2012–2017) do not overlap. The width grows with the zoom while the text keeps its size.
 */
final class TimelineSvg {

    static final int BASE_WIDTH = 720;
    private static final int START = 1940;
    private static final int END = 2020;
    private static final int MARGIN = 24;
    private static final int LANE = 20;

    private TimelineSvg() {}

    /** {@code tr} translates a message key (phase and winter names, the axis's accessible name). */
    static Markup render(HistoryTimelineModel model, Language language, Function<String, String> tr) {
        int width = BASE_WIDTH * model.zoom() / 100;
        List<Milestone> all = model.milestones();
        int[] lanes = lanes(all, language, width);
        int laneCount = 1;
        for (int lane : lanes) {
            laneCount = Math.max(laneCount, lane + 1);
        }
        int axisY = 30 + laneCount * LANE + 14;
        int height = axisY + 78;
        Markup.Builder svg = Markup.builder()
                .start("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "ht-axis-svg")
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("style", "width: max(100%, " + (width - 40) + "px)")
                .attr("role", "group")
                .attr("aria-label", tr.apply("timeline.axis"));
        for (HistoryTimelineModel.Winter w : HistoryTimelineModel.WINTERS) {
            double x1 = x(w.from(), width);
            double x2 = x(w.to(), width);
            rect(svg, x1, 8, x2 - x1, axisY + 2, "ht-winter");
            text(svg, (x1 + x2) / 2, axisY + 64, tr.apply("timeline.winter." + w.key() + ".short"), "ht-winter-label");
        }
        for (Milestone.Phase p : Milestone.Phase.values()) {
            double x1 = x(p.from(), width) - 4;
            double x2 = x(p.to(), width) + 4;
            rect(svg, x1, axisY + 12, x2 - x1, 20, "ht-phase ht-phase-" + p.key());
            text(svg, (x1 + x2) / 2, axisY + 27, tr.apply("timeline.phase." + p.key()), "ht-phase-label");
        }
        line(svg, MARGIN - 8, axisY, width - MARGIN + 8, axisY, "ht-axis");
        for (int year = START; year <= END; year += 10) {
            double x = x(year, width);
            line(svg, x, axisY - 4, x, axisY + 4, "ht-tick");
            text(svg, x, axisY + 46, String.valueOf(year), "ht-tick-label");
        }
        // every leader line first, so that no label is drawn under (or clicked through to) a neighbour's line
        Milestone selected = model.selected();
        for (int i = 0; i < all.size(); i++) {
            double x = x(all.get(i).year(), width);
            String cls = all.get(i) == selected ? "ht-leader selected" : "ht-leader";
            line(svg, x, axisY, x, labelY(axisY, lanes[i]) + 4, cls);
        }
        for (int i = 0; i < all.size(); i++) {
            marker(svg, all.get(i), lanes[i], axisY, width, language, all.get(i) == selected);
        }
        return svg.end().build();
    }

    private static void marker(
            Markup.Builder svg, Milestone m, int lane, int axisY, int width, Language language, boolean selected) {
        double x = x(m.year(), width);
        double labelY = labelY(axisY, lane);
        String label = m.label().in(language);
        boolean flip = x + textWidth(label) > width - 4;
        svg.start("g")
                .attr("class", "ht-milestone ht-" + m.phase().key() + (selected ? " selected" : ""))
                .attr("data-key", m.id())
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-current", selected ? "true" : null)
                .attr("aria-label", m.yearLabel() + " · " + m.title().in(language));
        double left = flip ? x - textWidth(label) - 6 : x - 6;
        rect(svg, left, labelY - 13, textWidth(label) + 12, 18, "ht-hit");
        svg.start("circle")
                .attr("class", "ht-dot")
                .attr("cx", x)
                .attr("cy", axisY)
                .attr("r", 6)
                .end();
        text(svg, flip ? x + 3 : x - 3, labelY, label, "ht-label" + (flip ? " end" : " start"));
        svg.end();
    }

    private static double labelY(int axisY, int lane) {
        return axisY - 24 - lane * LANE;
    }

    /**
     * Greedy lanes, from the latest milestone back: each label goes to the lowest lane where it does not overlap
     * a later one. A label starts at its own year and runs to the right, so an earlier label that has to climb
     * sits above the later ones, and its leader line passes to their left instead of through them.
     */
    static int[] lanes(List<Milestone> all, Language language, int width) {
        int[] lanes = new int[all.size()];
        List<List<double[]>> used = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            double x = x(all.get(i).year(), width);
            double w = textWidth(all.get(i).label().in(language)) + 12;
            double left = x + w > width - 4 ? x - w + 6 : x - 6;
            double[] span = {left, left + w};
            int lane = 0;
            while (lane < used.size() && overlaps(used.get(lane), span)) {
                lane++;
            }
            if (lane == used.size()) {
                used.add(new ArrayList<>());
            }
            used.get(lane).add(span);
            lanes[i] = lane;
        }
        return lanes;
    }

    private static boolean overlaps(List<double[]> spans, double[] span) {
        return spans.stream().anyMatch(s -> span[0] < s[1] + 4 && s[0] < span[1] + 4);
    }

    static double x(double year, int width) {
        return MARGIN + (year - START) * (width - 2.0 * MARGIN) / (END - START);
    }

    /** Rough width of a label at 12 px: CJK characters are square, Latin ones about 0.58 em. */
    static double textWidth(String s) {
        double w = 0;
        for (char c : s.toCharArray()) {
            w += c > 0x2e80 ? 12.5 : c == ' ' ? 3.2 : 6.5;
        }
        return w;
    }

    private static void rect(Markup.Builder svg, double x, double y, double w, double h, String cls) {
        svg.start("rect")
                .attr("class", cls)
                .attr("x", x)
                .attr("y", y)
                .attr("width", w)
                .attr("height", h)
                .attr("rx", 4)
                .end();
    }

    private static void line(Markup.Builder svg, double x1, double y1, double x2, double y2, String cls) {
        svg.start("line")
                .attr("class", cls)
                .attr("x1", x1)
                .attr("y1", y1)
                .attr("x2", x2)
                .attr("y2", y2)
                .end();
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

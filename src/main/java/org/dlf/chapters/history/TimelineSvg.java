package org.dlf.chapters.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dlf.base.ui.component.TextMarkup;
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
    static String render(HistoryTimelineModel model, Language language, Function<String, String> tr) {
        int width = BASE_WIDTH * model.zoom() / 100;
        List<Milestone> all = model.milestones();
        int[] lanes = lanes(all, language, width);
        int laneCount = 1;
        for (int lane : lanes) {
            laneCount = Math.max(laneCount, lane + 1);
        }
        int axisY = 30 + laneCount * LANE + 14;
        int height = axisY + 78;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ht-axis-svg\" "
                        + "viewBox=\"0 0 %d %d\" style=\"width: max(100%%, %dpx)\" role=\"group\" aria-label=\"%s\">",
                width,
                height,
                width - 40,
                TextMarkup.escape(tr.apply("timeline.axis"))));
        for (HistoryTimelineModel.Winter w : HistoryTimelineModel.WINTERS) {
            double x1 = x(w.from(), width);
            double x2 = x(w.to(), width);
            svg.append(rect(x1, 8, x2 - x1, axisY + 2, "ht-winter"));
            svg.append(text(
                    (x1 + x2) / 2, axisY + 64, tr.apply("timeline.winter." + w.key() + ".short"), "ht-winter-label"));
        }
        for (Milestone.Phase p : Milestone.Phase.values()) {
            double x1 = x(p.from(), width) - 4;
            double x2 = x(p.to(), width) + 4;
            svg.append(rect(x1, axisY + 12, x2 - x1, 20, "ht-phase ht-phase-" + p.key()));
            svg.append(text((x1 + x2) / 2, axisY + 27, tr.apply("timeline.phase." + p.key()), "ht-phase-label"));
        }
        svg.append(line(MARGIN - 8, axisY, width - MARGIN + 8, axisY, "ht-axis"));
        for (int year = START; year <= END; year += 10) {
            double x = x(year, width);
            svg.append(line(x, axisY - 4, x, axisY + 4, "ht-tick"));
            svg.append(text(x, axisY + 46, String.valueOf(year), "ht-tick-label"));
        }
        // every leader line first, so that no label is drawn under (or clicked through to) a neighbour's line
        Milestone selected = model.selected();
        for (int i = 0; i < all.size(); i++) {
            double x = x(all.get(i).year(), width);
            String cls = all.get(i) == selected ? "ht-leader selected" : "ht-leader";
            svg.append(line(x, axisY, x, labelY(axisY, lanes[i]) + 4, cls));
        }
        for (int i = 0; i < all.size(); i++) {
            marker(svg, all.get(i), lanes[i], axisY, width, language, all.get(i) == selected);
        }
        return svg.append("</svg>").toString();
    }

    private static void marker(
            StringBuilder svg, Milestone m, int lane, int axisY, int width, Language language, boolean selected) {
        double x = x(m.year(), width);
        double labelY = labelY(axisY, lane);
        String label = m.label().in(language);
        boolean flip = x + textWidth(label) > width - 4;
        svg.append("<g class=\"ht-milestone ht-")
                .append(m.phase().key())
                .append(selected ? " selected" : "")
                .append("\" data-key=\"")
                .append(TextMarkup.escape(m.id()))
                .append("\" tabindex=\"0\" role=\"button\"")
                .append(selected ? " aria-current=\"true\"" : "")
                .append(" aria-label=\"")
                .append(TextMarkup.escape(m.yearLabel() + " · " + m.title().in(language)))
                .append("\">");
        double left = flip ? x - textWidth(label) - 6 : x - 6;
        svg.append(rect(left, labelY - 13, textWidth(label) + 12, 18, "ht-hit"));
        svg.append(String.format(Locale.ROOT, "<circle class=\"ht-dot\" cx=\"%.1f\" cy=\"%d\" r=\"6\"/>", x, axisY));
        svg.append(text(flip ? x + 3 : x - 3, labelY, label, "ht-label" + (flip ? " end" : " start")));
        svg.append("</g>");
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

    private static String rect(double x, double y, double w, double h, String cls) {
        return String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" " + "rx=\"4\"/>",
                cls,
                x,
                y,
                w,
                h);
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cls,
                x1,
                y1,
                x2,
                y2);
    }

    private static String text(double x, double y, String content, String cls) {
        return String.format(
                Locale.ROOT,
                "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                cls,
                x,
                y,
                TextMarkup.escape(content));
    }
}

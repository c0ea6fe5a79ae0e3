package org.dlf.chapters.aimap;

import java.util.List;
import java.util.Locale;
import org.dlf.base.ui.component.Markup;
import org.dlf.content.Language;

/**
 * SVG markup of the nested diagram: rounded boxes AI ⊃ ML ⊃ DL, the items of each ring as chips flowed
 * into rows, and the neural network straddling the edge between ML and DL. Every ring and chip carries
 * data-key, tabindex=0, role=button and an aria-label. Drawn for a given width: the widget shows a wide
 * and a narrow drawing and CSS picks the one that fits.
 */
final class MapSvg {

    private static final int INSET = 16;
    private static final int CHIP_H = 28;
    private static final int GAP = 8;

    private final Language language;
    private final String selectedKey;

    private MapSvg(Language language, String selectedKey) {
        this.language = language;
        this.selectedKey = selectedKey;
    }

    /** {@code width} in SVG units; {@code cls} tells CSS which drawing this is; {@code name} its label. */
    static Markup render(int width, String cls, Language language, String selectedKey, String name) {
        MapSvg map = new MapSvg(language, selectedKey);
        Markup body = map.draw(width);
        return Markup.builder()
                .start("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "am-svg " + cls)
                .attr("viewBox", "0 0 " + width + " " + map.height)
                .attr("role", "group")
                .attr("aria-label", name)
                .append(body)
                .end()
                .build();
    }

    private int height;

    private Markup draw(int width) {
        // Each box is measured from its contents, so lay out the chips first, then paint outside in.
        Markup.Builder aiChips = Markup.builder();
        Markup.Builder mlChips = Markup.builder();
        Markup.Builder dlChips = Markup.builder();
        int x0 = 2;
        int w0 = width - 4;
        int x1 = x0 + INSET;
        int w1 = w0 - 2 * INSET;
        int x2 = x1 + INSET;
        int w2 = w1 - 2 * INSET;
        int y1 = flow(aiChips, MapData.itemsIn(MapData.Place.AI), x0 + 14, x0 + w0 - 14, 40) + 14;
        int y2 = flow(mlChips, MapData.itemsIn(MapData.Place.ML), x1 + 14, x1 + w1 - 14, y1 + 38) + 14 + CHIP_H / 2;
        int bottom2 = flow(dlChips, MapData.itemsIn(MapData.Place.DL), x2 + 14, x2 + w2 - 14, y2 + 52) + 12;
        int bottom1 = bottom2 + 14;
        int bottom0 = bottom1 + 14;
        height = bottom0 + 2;
        Markup.Builder svg = Markup.builder();
        ring(svg, MapData.Place.AI, x0, 2, w0, bottom0 - 2, 26);
        svg.append(aiChips.build());
        ring(svg, MapData.Place.ML, x1, y1, w1, bottom1 - y1, 22);
        svg.append(mlChips.build());
        ring(svg, MapData.Place.DL, x2, y2, w2, bottom2 - y2, 18);
        MapData.Item network = MapData.itemsIn(MapData.Place.BOUNDARY).getFirst();
        double chip = chipWidth(network);
        chip(svg, network, x2 + (w2 - chip) / 2, y2 - CHIP_H / 2.0, "am-boundary");
        svg.append(dlChips.build());
        return svg.build();
    }

    private void ring(Markup.Builder svg, MapData.Place place, double x, double y, double w, double h, int radius) {
        String key = AiMlDlMapModel.ringKey(place);
        String name = MapData.ring(place).name().in(language);
        double labelY = place == MapData.Place.DL ? y + 40 : y + 26;
        group(svg, key, "am-ring am-ring-" + place.name().toLowerCase(Locale.ROOT), name);
        svg.start("rect")
                .attr("x", x)
                .attr("y", y)
                .attr("width", w)
                .attr("height", h)
                .attr("rx", radius)
                .end();
        svg.start("text")
                .attr("class", "am-ring-name")
                .attr("x", x + 14)
                .attr("y", labelY)
                .text(name)
                .end();
        svg.end();
    }

    /** Flows chips left to right into rows from {@code top}; returns the bottom of the last row. */
    private int flow(Markup.Builder out, List<MapData.Item> items, double left, double right, int top) {
        double x = left;
        int y = top;
        for (MapData.Item item : items) {
            double w = chipWidth(item);
            if (x + w > right && x > left) {
                x = left;
                y += CHIP_H + GAP;
            }
            chip(out, item, x, y, "am-in-" + item.place().name().toLowerCase(Locale.ROOT));
            x += w + GAP;
        }
        return items.isEmpty() ? top - GAP : y + CHIP_H;
    }

    private void chip(Markup.Builder out, MapData.Item item, double x, double y, String cls) {
        String label = item.label().in(language);
        group(out, AiMlDlMapModel.itemKey(item), "am-item " + cls, label);
        out.start("rect")
                .attr("x", x)
                .attr("y", y)
                .attr("width", chipWidth(item))
                .attr("height", CHIP_H)
                .attr("rx", 14)
                .end();
        out.start("text")
                .attr("x", x + chipWidth(item) / 2)
                .attr("y", y + 18.5)
                .text(label)
                .end();
        out.end();
    }

    /** Opens a selectable group: a focusable button with its label; the caller ends it. */
    private void group(Markup.Builder out, String key, String cls, String label) {
        boolean on = key.equals(selectedKey);
        out.start("g")
                .attr("class", cls + (on ? " selected" : ""))
                .attr("data-key", key)
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-current", on ? "true" : null)
                .attr("aria-label", label);
    }

    private double chipWidth(MapData.Item item) {
        double w = 0;
        for (char c : item.label().in(language).toCharArray()) {
            w += c > 0x2e80 ? 13.5 : c == ' ' ? 3.6 : 7.0;
        }
        return Math.ceil(w + 24);
    }
}

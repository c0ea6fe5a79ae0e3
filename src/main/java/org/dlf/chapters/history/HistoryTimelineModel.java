package org.dlf.chapters.history;

import java.util.List;
import java.util.Optional;

/**
 * State of the history timeline: the milestones of chapter 1, which one is selected, and the zoom of the
 * time axis. Every change is validated, so a tampered request (an unknown key, a zoom the buttons do not
 * offer) is refused with a message key. Plain Java: no Vaadin components.
 */
public class HistoryTimelineModel {

    /** A shaded neural-network winter on the axis, from {@code from} up to (not including) {@code to}. */
    public record Winter(String key, double from, double to) {}

    /**
     * The two neural-network winters as the chapter dates them: the 1970s until the revival of 1982, and the
     * mid-1990s until layer-wise pre-training in 2006. (The 1987–1993 AI winter of expert systems fell in the
     * neural networks' boom years and is not shaded.)
     */
    public static final List<Winter> WINTERS =
            List.of(new Winter("first", 1970, 1982), new Winter("second", 1995, 2006));

    /** Zoom levels of the axis in percent. */
    public static final List<Integer> ZOOMS = List.of(100, 150, 200);

    static final String UNKNOWN = "timeline.error.unknown";
    static final String BAD_ZOOM = "timeline.error.zoom";

    private final List<Milestone> milestones = Milestones.all();
    private int selected;
    private int zoom = 100;

    public List<Milestone> milestones() {
        return milestones;
    }

    public Milestone selected() {
        return milestones.get(selected);
    }

    public int zoom() {
        return zoom;
    }

    /** Selects the milestone with this id; an unknown id is refused and the selection stays. */
    public Optional<String> select(String id) {
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).id().equals(id)) {
                selected = i;
                return Optional.empty();
            }
        }
        return Optional.of(UNKNOWN);
    }

    public boolean hasNext() {
        return selected < milestones.size() - 1;
    }

    public boolean hasPrevious() {
        return selected > 0;
    }

    /** Moves to the next milestone in time; stays on the last. */
    public Milestone next() {
        selected = Math.min(selected + 1, milestones.size() - 1);
        return selected();
    }

    /** Moves to the previous milestone in time; stays on the first. */
    public Milestone previous() {
        selected = Math.max(selected - 1, 0);
        return selected();
    }

    public Optional<String> setZoom(Integer percent) {
        if (percent == null || !ZOOMS.contains(percent)) {
            return Optional.of(BAD_ZOOM);
        }
        zoom = percent;
        return Optional.empty();
    }

    /** Position of the selected milestone, 1-based, for "3 / 15". */
    public int position() {
        return selected + 1;
    }

    /** The winter a year falls in, if any; the year that ends a winter (1982, 2006) is outside it. */
    public static Optional<Winter> winterAt(double year) {
        return WINTERS.stream().filter(w -> year >= w.from() && year < w.to()).findFirst();
    }
}

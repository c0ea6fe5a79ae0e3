package org.dlf.chapters.history;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.StateFields;
import org.dlf.chapters.share.WidgetLink;

/** {@code ```widget history-timeline}: no configuration keys; the selection and zoom live in the URL. */
@org.springframework.stereotype.Component
class HistoryTimelineFactory implements WidgetFactory {

    /** Settings in a link: the selected milestone {@code m} (its id) and the axis {@code zoom} (100, 150, 200). */
    static final StateCodec<HistoryTimelineModel> CODEC = StateFields.<HistoryTimelineModel>of()
            .text("m", "timeline.selected", m -> m.selected().id(), HistoryTimelineModel::select)
            .integer("zoom", "timeline.zoom", m -> (long) m.zoom(), (m, z) -> m.setZoom(z.intValue()));

    @Override
    public String name() {
        return "history-timeline";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        HistoryTimelineModel model = new HistoryTimelineModel();
        link.restore(CODEC, model, CODEC.encode(new HistoryTimelineModel()));
        return new HistoryTimeline(model, link::changed);
    }
}

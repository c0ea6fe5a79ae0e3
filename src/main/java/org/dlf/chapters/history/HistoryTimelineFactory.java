package org.dlf.chapters.history;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;

/** {@code ```widget history-timeline}: no configuration keys. */
@org.springframework.stereotype.Component
class HistoryTimelineFactory implements WidgetFactory {

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
        return new HistoryTimeline();
    }
}

package org.dlf.chapters.aimap;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.chapters.WidgetFactory;

/** {@code ```widget ai-ml-dl-map}: no configuration keys. */
@org.springframework.stereotype.Component
class AiMlDlMapFactory implements WidgetFactory {

    @Override
    public String name() {
        return "ai-ml-dl-map";
    }

    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public Component create(Map<String, String> config) {
        return new AiMlDlMap();
    }
}

package org.dlf.chapters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dlf.content.WidgetCatalog;
import org.springframework.stereotype.Component;

/** Every widget the content may place, by name. The content is validated against it at start-up. */
@Component
public class WidgetRegistry implements WidgetCatalog {

    private final Map<String, WidgetFactory> factories = new TreeMap<>();

    public WidgetRegistry(List<WidgetFactory> factories) {
        for (WidgetFactory factory : factories) {
            WidgetFactory previous = this.factories.put(factory.name(), factory);
            if (previous != null) {
                throw new IllegalStateException("Two widgets are named '" + factory.name() + "': "
                        + previous.getClass().getName() + " and "
                        + factory.getClass().getName());
            }
        }
    }

    @Override
    public Optional<Set<String>> configKeys(String widgetName) {
        return Optional.ofNullable(factories.get(widgetName)).map(WidgetFactory::configKeys);
    }

    Optional<WidgetFactory> factory(String widgetName) {
        return Optional.ofNullable(factories.get(widgetName));
    }

    public Set<String> names() {
        return factories.keySet();
    }
}

package org.dlf.content;

import java.util.Optional;
import java.util.Set;

/** What the content may name in {@code ```widget} blocks: each widget and the configuration keys it takes. */
@FunctionalInterface
public interface WidgetCatalog {

    /** The configuration keys the widget accepts, or empty when no widget has that name. */
    Optional<Set<String>> configKeys(String widgetName);
}

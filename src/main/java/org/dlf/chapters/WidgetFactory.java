package org.dlf.chapters;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.share.WidgetLink;

/**
 * Makes one kind of widget for {@code ```widget NAME} blocks. Implementations are Spring beans in the
 * chapter packages; the {@link WidgetRegistry} finds them.
 */
public interface WidgetFactory {

    /** The name used in content, e.g. {@code activation-explorer}. */
    String name();

    /** The configuration keys a block may set; anything else fails content validation. */
    Set<String> configKeys();

    /** A new widget for one reader; {@code config} holds only keys from {@link #configKeys()}. */
    Component create(Map<String, String> config);

    /**
     * A new widget whose parameters in {@code locks} are fixed to the reader's teacher's values. Widgets that
     * declare lockable parameters ({@link org.dlf.assignment.LockableWidget}) override this.
     */
    default Component create(Map<String, String> config, ParameterLocks locks) {
        return create(config);
    }

    /**
     * A new widget that also takes its settings from the page URL and keeps them there ({@link WidgetLink}):
     * content configuration first, then the teacher's locks, then the link's parameters, so that a lock wins.
     * Widgets with shareable settings override this; others ignore the link.
     */
    default Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        return create(config, locks);
    }
}

package org.dlf.chapters.aimap;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.WidgetFactory;
import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.StateFields;
import org.dlf.chapters.share.WidgetLink;

/** {@code ```widget ai-ml-dl-map}: no configuration keys. */
@org.springframework.stereotype.Component
class AiMlDlMapFactory implements WidgetFactory {

    /** Settings in a link: the selection {@code sel}, a ring ({@code ring.ml}) or an item ({@code item.svm}). */
    static final StateCodec<AiMlDlMapModel> CODEC = StateFields.<AiMlDlMapModel>of()
            .text(
                    "sel",
                    "aimap.selection",
                    m -> m.key().replaceFirst(":", "."),
                    (m, sel) -> m.select(sel.replaceFirst("\\.", ":")));

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
        return create(config, ParameterLocks.NONE, WidgetLink.none());
    }

    @Override
    public Component create(Map<String, String> config, ParameterLocks locks, WidgetLink link) {
        AiMlDlMapModel model = new AiMlDlMapModel();
        link.restore(CODEC, model, CODEC.encode(new AiMlDlMapModel()));
        return new AiMlDlMap(model, link::changed);
    }
}

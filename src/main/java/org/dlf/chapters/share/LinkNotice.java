package org.dlf.chapters.share;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * Says which settings of an opened link were not used and why, e.g. "Learning rate η “100”: must be between
 * 0.001 and 1." (each value shortened and shown as text). The learner can close it.
 */
@StyleSheet("styles/widgets/share.css")
public final class LinkNotice extends Composite<Div> {

    static final int SHOWN_CHARACTERS = 40;

    public LinkNotice(String id, List<Refusal> refusals) {
        Paragraph title = new Paragraph();
        title.addClassName("link-notice-title");
        UnorderedList list = new UnorderedList();
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.addClickListener(e -> getElement().removeFromParent());
        getContent().setId(id);
        getContent().addClassName("link-notice");
        getContent().getElement().setAttribute("role", "status");
        getContent().add(close, title, list);
        addAttachListener(e -> {
            title.setText(getTranslation("share.notice.title"));
            close.setAriaLabel(getTranslation("share.notice.close"));
            list.removeAll();
            for (Refusal r : refusals) {
                String reason = getTranslation(r.messageKey(), r.args().toArray());
                if (r.parameter().isEmpty()) {
                    list.add(new ListItem(reason));
                    continue;
                }
                String label = r.labelKey() == null ? r.parameter() : getTranslation(r.labelKey());
                list.add(new ListItem(getTranslation("share.notice.line", label, shorten(r.value()), reason)));
            }
        });
    }

    static String shorten(String value) {
        return value.length() <= SHOWN_CHARACTERS ? value : value.substring(0, SHOWN_CHARACTERS - 1) + "…";
    }
}

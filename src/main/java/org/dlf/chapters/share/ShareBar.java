package org.dlf.chapters.share;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * "Copy link" under a widget: the link to the widget's current settings goes to the clipboard through the
 * browser's Clipboard API, with a confirmation beside the button; where the browser refuses (no secure page,
 * no permission) the link is shown selected in a read-only field to copy by hand. The link is made on the
 * server when the button is pressed, after any change sent in the same round trip.
 */
@StyleSheet("styles/widgets/share.css")
public final class ShareBar extends Composite<Div> {

    private static final String COPY = "const url = new URL($0, document.baseURI).href;"
            + "if (!navigator.clipboard || !window.isSecureContext) return '0' + url;"
            + "return navigator.clipboard.writeText(url).then(() => '1' + url, () => '0' + url);";

    private final String namespace;
    private final Button copy = new Button(VaadinIcon.LINK.create());
    private final Span done = new Span();
    private @Nullable TextField manual;

    /** A bar for the widget of {@code namespace}; {@code link} gives the relative link to its settings. */
    public ShareBar(String namespace, Supplier<String> link) {
        this.namespace = namespace;
        copy.setId(namespace + "-copy-link");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        copy.addClickListener(e -> copy.getElement()
                .executeJs(COPY, link.get())
                .then(String.class, result -> copied(result.startsWith("1"), result.substring(1))));
        done.setId(namespace + "-link-copied");
        done.addClassName("share-done");
        done.getElement().setAttribute("role", "status");
        getContent().addClassName("share-bar");
        getContent().add(copy, done);
        addAttachListener(e -> {
            copy.setText(getTranslation("share.copy"));
            copy.setTooltipText(getTranslation("share.copy.tooltip"));
        });
    }

    private void copied(boolean ok, String url) {
        done.setText(ok ? getTranslation("share.copied") : "");
        if (ok) {
            if (manual != null) {
                manual.setVisible(false);
            }
            return;
        }
        if (manual == null) { // made only where a browser refuses the clipboard
            manual = new TextField(getTranslation("share.manual"));
            manual.setId(namespace + "-link");
            manual.addClassName("share-manual");
            manual.setReadOnly(true);
            manual.setHelperText(getTranslation("share.manual.help"));
            getContent().add(manual);
        }
        manual.setVisible(true);
        manual.setValue(url);
        manual.getElement().executeJs("requestAnimationFrame(() => { this.focus(); this.inputElement.select(); })");
    }
}

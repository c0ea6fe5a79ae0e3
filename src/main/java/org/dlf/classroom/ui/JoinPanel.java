package org.dlf.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dlf.classroom.ClassSummary;
import org.dlf.classroom.JoinQr;

/**
 * How students get in, on the teacher's dashboard and on the projector page: the code in large letters,
 * the absolute join link and its QR code (SVG rendered on the server, on a white square with a quiet zone).
 */
@StyleSheet("styles/widgets/projector.css")
class JoinPanel extends Div {

    private final Span code = new Span();
    private final Anchor link = new Anchor();
    private final Image qr = new Image();
    private final Span state = new Span();
    private final Anchor present = new Anchor();
    private final String base = JoinLink.base(); // read on the request that opens the page

    /** {@code presentable}: with a "show on projector" link (the dashboard), or without (the projector). */
    JoinPanel(boolean presentable) {
        addClassName("join-panel");
        code.setId("join-code");
        code.addClassName("classroom-code");
        link.setId("join-link");
        link.addClassName("join-link");
        state.setId("class-state");
        qr.setId("join-qr");
        qr.addClassName("join-qr");
        qr.setAlt(getTranslation("projector.qr.alt"));
        Div codeLine = new Div(new Span(getTranslation("classroom.code") + ": "), code, state);
        codeLine.addClassName("classroom-join-box");
        Div text = new Div(codeLine, new Div(new Span(getTranslation("projector.link") + " "), link));
        text.addClassName("join-panel-text");
        if (presentable) {
            present.setId("show-on-projector");
            present.setTarget(AnchorTarget.BLANK);
            Button button = new Button(getTranslation("projector.show"), VaadinIcon.PRESENTATION.create());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setTabIndex(-1);
            present.add(button);
            text.add(new Div(present));
        }
        add(qr, text);
    }

    void show(ClassSummary summary) {
        String url = base + "/join/" + summary.code();
        code.setText(summary.code());
        link.setHref(url);
        link.setText(url);
        byte[] svg = JoinQr.svg(url).getBytes(StandardCharsets.UTF_8);
        qr.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg));
        qr.getElement().setAttribute("data-url", url);
        state.setText(getTranslation(summary.open() ? "classroom.open" : "classroom.closed"));
        state.getElement().setAttribute("data-open", String.valueOf(summary.open()));
        present.setHref("teacher/present/" + summary.id());
    }
}

package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Shows server-built SVG markup; elements with a data-key attribute report selection. */
@Tag("dlf-svg")
@JsModule("./components/dlf-svg.js")
public class SvgView extends Component implements HasSize, HasStyle {

    public void setMarkup(Markup svg) {
        getElement().setProperty("markup", svg.html());
    }

    /** Markup built by hand; being replaced by {@link #setMarkup(Markup)} in every emitter. */
    public void setMarkup(String svg) {
        getElement().setProperty("markup", svg);
    }
}

package org.dlf.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * A click handler for buttons that need only "it was clicked". {@code Button.addClickListener} registers
 * ClickEvent's ten event-data expressions (coordinates, modifier keys…) with every listener, which Flow keeps per
 * button for as long as the page is open; a plain DOM listener keeps none. Like every DOM listener it is ignored
 * while the button is disabled, and keyboard activation of a button fires a click as well.
 */
public final class Clicks {

    private Clicks() {}

    public static Registration on(Component button, Runnable action) {
        return button.getElement().addEventListener("click", e -> action.run());
    }
}

package org.dlf.base.ui.component;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

/**
 * The one way markup reaches an element's {@code innerHTML}. Flow owns the children of the elements it manages:
 * setting {@code innerHTML} on an element that has Flow children silently deletes them in the browser (a
 * teacher's lock note and a tooltip were lost this way), so such an element is refused here.
 */
public final class InnerHtml {

    private InnerHtml() {}

    /** Sets the markup; the element must have no Flow children. */
    public static void set(Element element, Markup markup) {
        if (element.getChildCount() > 0) {
            throw new IllegalStateException("<" + element.getTag() + "> has " + element.getChildCount()
                    + " Flow children, which innerHTML would delete: put the markup into an element of its own");
        }
        if (!markup.html().equals(element.getProperty("innerHTML", ""))) {
            element.setProperty("innerHTML", markup.html());
        }
    }

    public static void set(HasElement component, Markup markup) {
        set(component.getElement(), markup);
    }

    /**
     * Plain text as the element's only content, escaped: one state node where a text child would add a second
     * (Flow keeps every node of an open page on the server).
     */
    public static void setText(HasElement component, String text) {
        set(component.getElement(), Markup.text(text));
    }
}

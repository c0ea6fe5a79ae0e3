package org.dlf.base.ui.component;

import com.vaadin.flow.component.HasElement;

/**
 * Plain text shown through an element's {@code innerHTML}, escaped. Flow keeps every element and every text
 * node of a page as a state node (about 0.9 KB of server memory each, for as long as the page is open); a
 * small label set this way is one node instead of two. Only for leaf elements that have no child components.
 */
public final class TextMarkup {

    private TextMarkup() {}

    public static void set(HasElement component, String text) {
        InnerHtml.setText(component, text);
    }

    /** The text with {@code & < > " '} as character references: safe as element content and as a quoted attribute. */
    public static String escape(String text) {
        return Markup.escape(text, false);
    }
}

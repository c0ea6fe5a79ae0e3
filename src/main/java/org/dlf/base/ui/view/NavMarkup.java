package org.dlf.base.ui.view;

import java.util.List;
import org.dlf.base.ui.component.TextMarkup;
import org.jspecify.annotations.Nullable;

/**
 * The side navigation's list as HTML, from plain data: one string that {@link ChapterNav} sets as its
 * {@code innerHTML}, so the whole navigation costs the server one state node instead of one per element.
 * Every text and attribute value is escaped. Links carry {@code router-link}: Flow navigates them on the
 * client, without reloading the page, like a {@code RouterLink}.
 */
public final class NavMarkup {

    private NavMarkup() {}

    /** "1/4" exercises solved, with its spoken form; its element id is {@code progress-<slug>}. */
    public record Badge(String id, String text, boolean complete, String label) {}

    /**
     * One entry: a route path (relative, "" for home), its label, a Vaadin icon name or a chapter number in
     * front, and optionally an element id, a lock (its spoken text) for a chapter not opened yet, a badge and
     * a {@code data-class} value.
     */
    public record Link(
            String path,
            String label,
            @Nullable String icon,
            @Nullable String number,
            @Nullable String id,
            @Nullable String lock,
            @Nullable Badge badge,
            @Nullable String dataClass) {

        public static Link withIcon(String path, String label, String icon) {
            return new Link(path, label, icon, null, null, null, null, null);
        }

        public static Link chapter(String path, int number, String title) {
            return new Link(path, title, null, String.valueOf(number), null, null, null, null);
        }

        public Link id(String elementId) {
            return new Link(path, label, icon, number, elementId, lock, badge, dataClass);
        }

        public Link locked(String spokenText) {
            return new Link(path, label, icon, number, id, spokenText, badge, dataClass);
        }

        public Link badge(Badge progress) {
            return new Link(path, label, icon, number, id, lock, progress, dataClass);
        }

        public Link dataClass(@Nullable String className) {
            return new Link(path, label, icon, number, id, lock, badge, className);
        }

        /** Whether this entry is the page at {@code currentPath} (or a page below it, except for home). */
        boolean current(String currentPath) {
            return path.equals(currentPath) || (!path.isEmpty() && currentPath.startsWith(path + "/"));
        }
    }

    /**
     * A visible heading (hidden from screen readers, which hear the {@code nav}'s own label) and the list; the
     * link to {@code currentPath} gets {@code aria-current="page"}.
     */
    public static String render(String heading, List<Link> links, String currentPath) {
        StringBuilder html = new StringBuilder(4096)
                .append("<div class=\"nav-heading\" aria-hidden=\"true\">")
                .append(TextMarkup.escape(heading))
                .append("</div><ul class=\"nav-list\">");
        for (Link link : links) {
            html.append("<li><a class=\"nav-link\" router-link href=\"")
                    .append(TextMarkup.escape(link.path()))
                    .append('"');
            attribute(html, "id", link.id());
            attribute(html, "data-class", link.dataClass());
            if (link.current(currentPath)) html.append(" aria-current=\"page\"");
            html.append('>');
            html.append("<span class=\"nav-prefix\">");
            if (link.icon() != null) {
                html.append("<vaadin-icon class=\"nav-icon\" aria-hidden=\"true\" icon=\"vaadin:")
                        .append(TextMarkup.escape(link.icon()))
                        .append("\"></vaadin-icon>");
            }
            if (link.number() != null) {
                html.append("<span class=\"nav-number\">")
                        .append(TextMarkup.escape(link.number()))
                        .append("</span>");
            }
            html.append("</span>");
            html.append("<span class=\"nav-label\">").append(TextMarkup.escape(link.label()));
            if (link.lock() != null) {
                html.append("<span class=\"nav-lock\" role=\"img\"");
                attribute(html, "aria-label", link.lock());
                attribute(html, "title", link.lock());
                html.append("><vaadin-icon icon=\"vaadin:lock\" aria-hidden=\"true\"></vaadin-icon></span>");
            }
            html.append("</span>");
            if (link.badge() != null) badge(html, link.badge());
            html.append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    private static void badge(StringBuilder html, Badge badge) {
        html.append("<span class=\"progress-badge")
                .append(badge.complete() ? " complete" : "")
                .append('"');
        attribute(html, "id", badge.id());
        // "1/4" alone says little: read as one image named "1 of 4 exercises solved"
        html.append(" role=\"img\"");
        attribute(html, "aria-label", badge.label());
        attribute(html, "title", badge.label());
        html.append('>').append(TextMarkup.escape(badge.text())).append("</span>");
    }

    private static void attribute(StringBuilder html, String name, @Nullable String value) {
        if (value != null) {
            html.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(TextMarkup.escape(value))
                    .append('"');
        }
    }
}

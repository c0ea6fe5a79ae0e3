package org.dlf.base.ui.view;

import java.util.List;
import org.dlf.base.ui.component.Markup;
import org.jspecify.annotations.Nullable;

/**
 * The side navigation's list as HTML, from plain data: one {@link Markup} that {@link ChapterNav} sets as its
 * {@code innerHTML}, so the whole navigation costs the server one state node instead of one per element.
 * Every text and attribute value is escaped by the builder. Links carry {@code router-link}: Flow navigates them on the
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
    public static Markup render(String heading, List<Link> links, String currentPath) {
        Markup.Builder html = Markup.builder()
                .start("div")
                .attr("class", "nav-heading")
                .attr("aria-hidden", "true")
                .text(heading)
                .end()
                .start("ul")
                .attr("class", "nav-list");
        for (Link link : links) {
            html.start("li")
                    .start("a")
                    .attr("class", "nav-link")
                    .flag("router-link", true)
                    .attr("href", link.path())
                    .attr("id", link.id())
                    .attr("data-class", link.dataClass())
                    .attr("aria-current", link.current(currentPath) ? "page" : null);
            html.start("span").attr("class", "nav-prefix");
            if (link.icon() != null) {
                html.start("vaadin-icon")
                        .attr("class", "nav-icon")
                        .attr("aria-hidden", "true")
                        .attr("icon", "vaadin:" + link.icon())
                        .end();
            }
            if (link.number() != null) {
                html.start("span")
                        .attr("class", "nav-number")
                        .text(link.number())
                        .end();
            }
            html.end();
            html.start("span").attr("class", "nav-label").text(link.label());
            if (link.lock() != null) {
                html.start("span")
                        .attr("class", "nav-lock")
                        .attr("role", "img")
                        .attr("aria-label", link.lock())
                        .attr("title", link.lock())
                        .start("vaadin-icon")
                        .attr("icon", "vaadin:lock")
                        .attr("aria-hidden", "true")
                        .end()
                        .end();
            }
            html.end();
            if (link.badge() != null) badge(html, link.badge());
            html.end().end();
        }
        return html.end().build();
    }

    private static void badge(Markup.Builder html, Badge badge) {
        html.start("span")
                .attr("class", badge.complete() ? "progress-badge complete" : "progress-badge")
                .attr("id", badge.id())
                // "1/4" alone says little: read as one image named "1 of 4 exercises solved"
                .attr("role", "img")
                .attr("aria-label", badge.label())
                .attr("title", badge.label())
                .text(badge.text())
                .end();
    }
}

package org.dlf.chapters.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The shareable state of a chapter page as the page uses it: reads the URL it was opened at, gives each widget
 * its {@link WidgetLink}, puts a "copy link" bar under each widget that shares its settings and a
 * {@link LinkNotice} before one that refused some, keeps the URL in step ({@link AddressBar}) and, when a link
 * was opened, scrolls to what it set up.
 */
public final class PageLinks {

    private final AddressBar address;
    private PageState state = PageState.empty();
    private String path = "";
    private boolean landing;
    private @Nullable Component target;

    /** The links of the chapter view {@code view}. */
    public PageLinks(Component view) {
        this.address = new AddressBar(view);
    }

    /** The page was opened (or navigated to) at {@code location}: its query holds the widgets' settings. */
    public void opened(Location location) {
        Map<String, List<String>> query = location.getQueryParameters().getParameters();
        path = location.getPath();
        state = PageState.of(query);
        state.onChange(() -> address.show(state.query()));
        Map<String, String> shown = new LinkedHashMap<>();
        query.forEach((k, v) -> shown.put(k, v.isEmpty() ? "" : v.getFirst()));
        address.opened(path, shown);
        landing = !shown.isEmpty();
    }

    /**
     * A link to a section of the page (the page not rendered again) took the widgets' settings out of the
     * address: they are written back, the section kept.
     */
    public void jumped(Location location) {
        address.opened(location.getPath(), Map.of());
        address.show(state.query());
    }

    /** A new rendering of the page starts (the first, or after a language switch). */
    public void startRender() {
        state.startRender();
        target = null;
    }

    /**
     * Makes the next widget named {@code name} with its link; answers what the page adds in its place: a note on
     * the link's refused parameters, if any, and the widget (with a "copy link" bar if it shares its settings).
     */
    public List<Component> widget(String name, Function<WidgetLink, Component> make) {
        WidgetLink link = state.link(name);
        Component widget = make.apply(link);
        if (link.shared()) {
            ShareBar bar = new ShareBar(link.namespace(), () -> AddressBar.relative(path, state.query(link)));
            widget.getElement().appendChild(bar.getElement());
        }
        if (link.refusals().isEmpty()) {
            land(link.linked() ? widget : null);
            return List.of(widget);
        }
        LinkNotice notice = new LinkNotice(link.namespace() + "-notice", link.refusals());
        land(notice);
        return List.of(notice, widget);
    }

    /**
     * The rendering is done: writes the URL (without what was refused) and scrolls to what a link set up.
     * Answers a note on parameters no widget took, for the top of the page.
     */
    public Optional<Component> finish() {
        List<Refusal> unclaimed = state.unclaimed();
        Optional<Component> notice =
                unclaimed.isEmpty() ? Optional.empty() : Optional.of(new LinkNotice("link-notice", unclaimed));
        notice.ifPresent(this::land);
        address.show(state.query());
        if (target != null) {
            target.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'start'}))");
        }
        landing = false;
        return notice;
    }

    private void land(@Nullable Component candidate) {
        if (landing && target == null) {
            target = candidate;
        }
    }
}

package org.dlf.chapters.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/**
 * Keeps a page's URL in step with its state through Vaadin's {@code History.replaceState} (no reload, no new
 * history entry). Browsers ignore or refuse more than about 100 such calls in ten seconds, and a slider sends
 * a change per pixel, so writes are spaced at least {@value #SPACING_MILLIS} ms apart: a change that comes
 * sooner is written when the browser, asked by a timer in the page, reminds the server (one small event, no
 * thread waits for it). Every change in one round trip becomes one write, and an unchanged query none.
 *
 * <p>With {@code vaadin.eagerServerLoad} the first view arrives inside the page, while the client-side router is
 * still finishing its navigation; when it has, it writes back the address the page was opened at. So the first
 * write after a navigation is repeated once the router says it is done, if it left the page on the same path with
 * another query. A fragment ({@code #section}) in the address is kept.
 */
public final class AddressBar {

    static final long SPACING_MILLIS = 300;
    private static final String DUE_EVENT = "dlf-address-due";
    private static final String WRITE = """
            const url = new URL($0, document.baseURI);
            const write = () => history.replaceState(history.state, '', url.pathname + url.search + location.hash);
            write();
            if ($1) {
              const again = () => {
                window.removeEventListener('vaadin-router-location-changed', again);
                if (location.pathname === url.pathname && location.search !== url.search) write();
              };
              window.addEventListener('vaadin-router-location-changed', again);
            }""";

    private final Component owner;
    private String path = "";
    private Map<String, String> shown = Map.of();
    private Map<String, String> wanted = Map.of();
    private long lastWrite;
    private boolean flushQueued;
    private boolean reminderSet;
    private boolean navigated;

    /** An address bar for the view {@code owner} (it receives the browser's reminders). */
    public AddressBar(Component owner) {
        this.owner = owner;
        owner.getElement().addEventListener(DUE_EVENT, e -> {
            reminderSet = false;
            flush();
        });
    }

    /** The path the page was opened at and the query its URL has now. */
    public void opened(String path, Map<String, String> query) {
        this.path = path;
        this.shown = Map.copyOf(query);
        this.wanted = shown;
        this.navigated = true;
    }

    /** Asks for this query in the URL; written at the end of the round trip, or a little later. */
    public void show(Map<String, String> query) {
        wanted = Map.copyOf(query);
        if (!flushQueued) {
            flushQueued = true;
            owner.getUI()
                    .ifPresent(ui -> ui.beforeClientResponse(owner, ctx -> {
                        flushQueued = false;
                        flush();
                    }));
        }
    }

    /** The path and query the page shows, e.g. {@code chapter/perceptron?perceptron-trainer.lr=0.1}. */
    public static String relative(String path, Map<String, String> query) {
        return new Location(path, QueryParameters.simple(query)).getPathWithQueryParameters();
    }

    private void flush() {
        if (wanted.equals(shown)) {
            navigated = false; // the router's write-back is the address wanted
            return;
        }
        long now = System.currentTimeMillis();
        long wait = lastWrite + SPACING_MILLIS - now;
        if (wait > 0) {
            if (!reminderSet) {
                reminderSet = true;
                owner.getElement()
                        .executeJs("setTimeout(() => this.dispatchEvent(new CustomEvent($0)), $1)", DUE_EVENT, wait);
            }
            return;
        }
        UI ui = owner.getUI().orElse(null);
        if (ui == null) {
            return;
        }
        lastWrite = now;
        shown = wanted;
        ui.getPage().executeJs(WRITE, relative(path, wanted), navigated);
        navigated = false;
    }
}

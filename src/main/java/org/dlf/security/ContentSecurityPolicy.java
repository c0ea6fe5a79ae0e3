package org.dlf.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the course. Every page is Vaadin's bootstrap page; it gets a fresh nonce
 * per response on each of its {@code <script>} elements (Vaadin's own inline ones included, and the
 * {@code csp-nonce} meta element that Vite's loader and Flow's client pass on to the scripts they add).
 * Scripts run only from this origin or with that nonce, so an injected {@code <script>} or inline event
 * handler does not run; nothing loads from other origins; no plugin, no framing, no foreign form target.
 *
 * <p>What must stay, and why (docs/decisions/DD012): {@code 'unsafe-eval'}, because Flow's client runs the
 * JavaScript the server sends (executeJs, the grid's Lit renderers) through {@code new Function}; and
 * {@code 'unsafe-inline'} styles, because Vaadin's components and theme add {@code <style>} elements
 * without a nonce and KaTeX and Chart.js set style attributes (a nonce in style-src would switch
 * {@code 'unsafe-inline'} off). Responses other than the page (figures, downloads, errors) get the strict
 * {@link #OTHER} policy.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";

    /** For every response that is not Vaadin's page: nothing may run, styles and images from here only. */
    static final String OTHER = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final SecureRandom random = new SecureRandom();

    /** The policy of a page whose scripts carry this nonce. */
    static String forPage(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::stamp);
    }

    /** Runs once Vaadin has built the whole page, just before it is written. */
    private void stamp(IndexHtmlResponse page) {
        String nonce = nonce();
        Document document = page.getDocument();
        document.select("script").forEach(script -> script.attr("nonce", nonce));
        document.head().prependElement("meta").attr("property", "csp-nonce").attr("nonce", nonce);
        page.getVaadinResponse().setHeader(HEADER, forPage(nonce));
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}

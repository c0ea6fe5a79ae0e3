package org.dlf.classroom.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;

/**
 * The absolute join link of a class as the visitor's browser reached the server. Behind a reverse proxy
 * listed in {@code DLF_TRUSTED_PROXIES} Tomcat has already replaced scheme, host and port
 * by the proxy's X-Forwarded-Proto/-Host/-Port, so the link is the one students can open.
 */
final class JoinLink {

    private JoinLink() {}

    /** The application's address on the current request (empty when there is none: links stay relative). */
    static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) return "";
        return base(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath());
    }

    /** scheme://host[:port]/context, without the port when it is the scheme's default. */
    static String base(String scheme, String host, int port, String contextPath) {
        String s = scheme.toLowerCase(Locale.ROOT);
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = port <= 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + h + (defaultPort ? "" : ":" + port) + contextPath;
    }
}

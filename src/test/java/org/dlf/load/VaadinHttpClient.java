package org.dlf.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor speaking Vaadin Flow's HTTP protocol the way its browser client does (for the load harness,
 * not a test): the page (index.html and the scripts it names), the bootstrap request {@code ?v-r=init} that
 * builds the UI and renders the route, then UIDL requests carrying property changes and DOM events. Its own
 * cookie jar, so the session id the server hands out (and changes) is followed like a browser does.
 */
public final class VaadinHttpClient {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    private final String base;
    private final java.util.Map<String, String> headers;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastUidl = "";

    public VaadinHttpClient(String base) {
        this(base, java.util.Map.of());
    }

    /** A visitor whose every request carries these headers too (e.g. a proxy's X-Forwarded-For). */
    public VaadinHttpClient(String base, java.util.Map<String, String> headers) {
        this.headers = headers;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Loads a route as a browser does: the page, its scripts (no cache: a phone's first visit), the
     * bootstrap request that creates the UI, then the client's navigation event that renders the route.
     */
    public String open(String route, boolean withScripts) throws IOException, InterruptedException {
        String html = get("/" + route);
        if (withScripts) {
            List<String> scripts = new ArrayList<>();
            Matcher m = SCRIPT.matcher(html);
            while (m.find()) scripts.add(m.group(1).replaceFirst("^\\./", ""));
            for (String src : scripts) get(src.startsWith("/") ? src : "/" + src);
        }
        String query = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
        String init = get("/" + query); // the page's <base href> is the context root
        csrf = find(CSRF, init, "csrf token");
        uiId = Integer.parseInt(find(UI_ID, init, "ui id"));
        syncId = Integer.parseInt(find(SYNC_ID, init, "sync id"));
        clientId = 0;
        return uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(route)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    /** Signs a teacher in through the sign-in form (Spring Security, with its CSRF token). */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        String landed = signInAttempt(username, password);
        if (!landed.endsWith("/teacher")) throw new IOException("Sign-in failed: " + landed);
    }

    /**
     * Posts the sign-in form once, with the token of the page as a browser does, and returns where the
     * redirects end (path and query), e.g. /teacher or /login?error&wait=2.
     */
    public String signInAttempt(String username, String password) throws IOException, InterruptedException {
        String login = get("/login");
        String token = find(Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\""), login, "form token");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        URI landed = response.uri();
        return landed.getRawPath() + (landed.getRawQuery() == null ? "" : "?" + landed.getRawQuery());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        return builder;
    }

    /** The state node whose element has this id attribute, in everything the server sent so far. */
    public int node(String elementId) {
        Matcher m = Pattern.compile(
                        "\"node\"\\s*:\\s*(\\d+)[^{}]*\"value\"\\s*:\\s*\"" + Pattern.quote(elementId) + "\"")
                .matcher(lastUidl);
        if (!m.find()) throw new IllegalStateException("No element #" + elementId + " in the UI");
        return Integer.parseInt(m.group(1));
    }

    /** Sets a synchronised property (e.g. a text field's value) and fires a DOM event, in one round trip. */
    public String typeAndClick(int field, String value, int button) throws IOException, InterruptedException {
        String rpc = "[{\"type\":\"mSync\",\"node\":" + field + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + json(value) + "},{\"type\":\"event\",\"node\":" + field + ",\"event\":\"change\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":" + button + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":10,\"event.screenX\":10}}]";
        return uidl(rpc);
    }

    private String uidl(String rpc) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":" + json(csrf) + ",\"rpc\":" + rpc + ",\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        HttpRequest request = request("/?v-r=uidl&v-uiId=" + uiId)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("UIDL answered " + response.statusCode());
        String text = response.body();
        clientId++;
        Matcher sync = SYNC_ID.matcher(text);
        if (sync.find()) syncId = Integer.parseInt(sync.group(1));
        lastUidl = text;
        return text;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path)
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("GET " + path + " answered " + response.statusCode());
        return response.body();
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("No " + what + " in the server's answer");
        return m.group(1);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

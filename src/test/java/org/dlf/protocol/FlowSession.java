package org.dlf.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own protocol, without a browser: loads the page (which starts the
 * HTTP session), asks for the UI with {@code ?v-r=init} and the browser details Flow's client sends, navigates
 * with the {@code ui-navigate} event as the client router does, then sends UIDL requests
 * ({@code POST ?v-r=uidl&v-uiId=…} with the CSRF token, the last server sync id and the next client id) one
 * at a time, as Flow's MessageSender does, while {@link PushSocket} receives what the server pushes. Events
 * carry the data expressions the server registered for the listener; synchronised properties are sent as
 * {@code mSync} invocations before the event, as the client does.
 */
public final class FlowSession {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    /** Where a page rendered with its view (vaadin.eagerServerLoad) carries its UI. */
    private static final String EMBEDDED = "window.Vaadin.TypeScript=";

    private static final Pattern FORM_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final String language;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private volatile UiState ui = new UiState();
    private final AtomicLong bytesReceived = new AtomicLong();
    private boolean emptyCache;
    private int uiId;
    private PushSocket push;
    private boolean pageOpen;

    /**
     * A new tab of its own browser at {@code base} (e.g. {@code http://localhost:8095/}): its own connections
     * (HTTP/1.1, as Chromium speaks to a plain-HTTP server), its own cookies, pages asked for in
     * {@code language} (an Accept-Language value such as {@code en-US} or {@code zh-CN}).
     */
    public FlowSession(URI base, String language) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.language = language;
    }

    /** Sends this header with every request and the push handshake (e.g. a proxy's X-Forwarded-For). */
    public FlowSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * Makes the tab a browser with an empty cache (a phone's first visit): opening a page also downloads
     * every script the page names.
     */
    public FlowSession withEmptyCache() {
        emptyCache = true;
        return this;
    }

    /** What the tab knows of its UI, from every message the server sent it (answers and push). */
    public UiState ui() {
        return ui;
    }

    /**
     * Opens {@code route} (e.g. {@code chapter/mlp}) as a browser tab does, push connection included; a page
     * already open in the tab is left first, as the browser does when it navigates (unload beacon, socket).
     */
    public void open(String route) throws IOException, InterruptedException {
        close();
        ui = ui.nextPage();
        String page = get(route);
        if (emptyCache) {
            Matcher script = SCRIPT.matcher(page);
            while (script.find()) get(script.group(1).replaceFirst("^\\./", "").replaceFirst("^/", ""));
        }
        // With vaadin.eagerServerLoad the server rendered the view while answering the page and sent its UI inside
        // it: the browser starts from that and asks for no second UI (no v-r=init, whose UI would build the view
        // again on ui-navigate).
        JsonNode config = embeddedConfig(page);
        if (config == null) {
            config = JSON.readTree(get("?v-r=init&location=" + encode(route) + "&query=" + browserDetails()))
                    .get("appConfig");
        }
        uiId = config.get("v-uiId").asInt();
        ui.apply(config.get("uidl"));
        push = new PushSocket(this);
        push.connect(http, pushUri(), cookieHeader(), headers);
        pageOpen = true;
        // the web components, once upgraded, announce their properties: Chromium first sends one request with an
        // event for every property-change listener (their values are those the server set, so no mSync here)
        List<ObjectNode> announce = new ArrayList<>();
        for (Map.Entry<Integer, String> l : ui.propertyChangeListeners()) {
            ObjectNode call = JSON.createObjectNode();
            call.put("type", "event").put("node", l.getKey()).put("event", l.getValue());
            call.putObject("data");
            announce.add(call);
        }
        if (!announce.isEmpty()) {
            send(announce);
        }
        // then the router reports the page load (for a page rendered with the HTML, nothing is rendered again)
        send(DomEvents.of(
                ui, 1, "ui-navigate", Map.of("route", route, "query", "", "appShellTitle", "", "trigger", "")));
        restOfChapter();
    }

    /** A chapter sends its text after the opening figure when the page asks for it, as the browser does at once. */
    private void restOfChapter() throws IOException, InterruptedException {
        if (ui.has("chapter") && "true".equals(ui.attribute(ui.node("chapter"), "aria-busy"))) {
            call("chapter", "renderRest");
        }
    }

    /** The UI the server rendered into the page ({@code window.Vaadin.TypeScript.initial.appConfig}), if any. */
    private static JsonNode embeddedConfig(String page) {
        int start = page.indexOf(EMBEDDED);
        if (start < 0) return null;
        int end = page.indexOf("</script>", start);
        String json = page.substring(start + EMBEDDED.length(), end).strip();
        if (json.endsWith(";")) json = json.substring(0, json.length() - 1);
        JsonNode config = JSON.readTree(json).path("initial").path("appConfig");
        return config.has("v-uiId") ? config : null;
    }

    /** What Chromium's Flow client sends (Flow.collectBrowserDetails), for a 1280×900 window. */
    private static String browserDetails() {
        return "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-curdate="
                + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light%20dark&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    /**
     * Signs a teacher in through the sign-in form as the browser posts it (with Spring Security's form token
     * when the page has one); keeps the cookies the server sets (the new session id, the sign-in token).
     */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        String landed = signInAttempt(username, password);
        if (!landed.equals("/teacher")) {
            throw new IllegalStateException("Sign-in failed: " + landed);
        }
    }

    /**
     * Posts the sign-in form once, as {@link #signIn} does, and returns where the server sends the browser
     * (path and query), e.g. {@code /teacher} or {@code /login?error&wait=2}.
     */
    public String signInAttempt(String username, String password) throws IOException, InterruptedException {
        Matcher token = FORM_TOKEN.matcher(get("login"));
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
        HttpResponse<String> response = http.send(
                request("login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("The sign-in form answered " + response.statusCode());
        }
        URI landed = base.resolve(response.headers().firstValue("location").orElse(""));
        return landed.getRawPath() + (landed.getRawQuery() == null ? "" : "?" + landed.getRawQuery());
    }

    /** A cookie this tab sends (one the server set or one a page script wrote), if any. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies().get(name));
    }

    /** Gives the tab a cookie before it opens a page (e.g. the learner id of an earlier visit). */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private URI pushUri() {
        return URI.create(base.toString().replaceFirst("^http", "ws")
                + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + ui.pushId()
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&Content-Type=" + encode("application/json; charset=UTF-8") + "&X-atmo-protocol=true");
    }

    /** Clicks the element with this id (a vaadin-button: the click listener's data, as the browser sends it). */
    public void click(String elementId) throws IOException, InterruptedException {
        send(DomEvents.of(ui, ui.node(elementId), "click", Map.of()));
    }

    /**
     * Picks the item with this label in the vaadin-select with this id: its key from the select's {@code items}
     * property ({@code [{label, value}]}, as base.ui.ItemSelect sends it), sent as the browser does.
     */
    public void select(String elementId, String label) throws IOException, InterruptedException {
        int select = ui.node(elementId);
        String value = ui.property(select, "items")
                .valueStream()
                .filter(item -> item.path("label").asString("").equals(label))
                .map(item -> item.path("value").asString())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No item " + label + " in " + elementId));
        send(DomEvents.of(ui, select, "value-changed", Map.of("value", value)));
    }

    /**
     * Types a value into the text/number field with this id and leaves it: the field's {@code change} event,
     * with the {@code value} property synchronised as base.ui.NumberInput/IntegerInput ask for it (Flow's own
     * fields also ask for {@code _inputElementValue}, which is then sent too).
     */
    public void type(String elementId, String value) throws IOException, InterruptedException {
        send(DomEvents.of(ui, ui.node(elementId), "change", Map.of("value", value, "_inputElementValue", value)));
    }

    /**
     * Types a value into the field with this id and presses the button with that id, in one request as the
     * browser sends it when the button is pressed straight after typing (the field's change, then the click);
     * returns the state nodes the answer changed.
     */
    public List<Integer> typeAndClick(String fieldId, String value, String buttonId)
            throws IOException, InterruptedException {
        List<ObjectNode> rpc = new ArrayList<>(
                DomEvents.of(ui, ui.node(fieldId), "change", Map.of("value", value, "_inputElementValue", value)));
        rpc.addAll(DomEvents.of(ui, ui.node(buttonId), "click", Map.of()));
        return send(rpc);
    }

    /**
     * Calls a method the server published to the browser ({@code @ClientCallable}, e.g. a grid's
     * {@code setViewportRange(start, length)}) on the element with this id, as the web component does.
     */
    public void call(String elementId, String method, int... args) throws IOException, InterruptedException {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler").put("node", ui.node(elementId));
        call.put("templateEventMethodName", method);
        ArrayNode values = call.putArray("templateEventMethodArgs");
        for (int arg : args) values.add(arg);
        call.put("promise", 0);
        send(List.of(call));
    }

    /** Sends a custom DOM event with the given detail values; returns the nodes the answer changed. */
    public List<Integer> fire(String elementId, String event, Map<String, String> data)
            throws IOException, InterruptedException {
        return send(DomEvents.of(ui, ui.node(elementId), event, data));
    }

    /** One UIDL request (the client sends one at a time); returns the state nodes its answer changed. */
    public synchronized List<Integer> send(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", ui.csrfToken());
        ArrayNode rpc = payload.putArray("rpc");
        invocations.forEach(rpc::add);
        payload.put("syncId", ui.lastSyncId());
        payload.put("clientId", ui.takeClientId());
        HttpRequest request = request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .build();
        String body = ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
        return handle(body);
    }

    /** A UIDL message from an XHR answer or from push; {@code for(;;);[…]} wrapping as Flow's parser allows. */
    List<Integer> handle(String message) {
        String json = message.startsWith("for(;;);") ? message.substring(8) : message;
        JsonNode node = JSON.readTree(json);
        if (node.isArray()) {
            return node.valueStream().flatMap(m -> ui.apply(m).stream()).toList();
        }
        return ui.apply(node);
    }

    private String get(String path) throws IOException, InterruptedException {
        return ok(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        headers.forEach(b::header);
        String cookie = cookieHeader();
        return cookie.isEmpty() ? b : b.header("Cookie", cookie);
    }

    private String ok(HttpResponse<String> response) {
        keepCookies(response);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        bytesReceived.addAndGet(response.body().length());
        return response.body();
    }

    private void keepCookies(HttpResponse<?> response) {
        response.headers().allValues("set-cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
    }

    String cookieHeader() {
        return cookies().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Every cookie this tab sends: those the server set and those page scripts wrote. */
    public Map<String, String> cookies() {
        Map<String, String> all = new LinkedHashMap<>(cookies);
        all.putAll(ui.cookies());
        return all;
    }

    /** Characters received so far: answers to requests, and push messages of the page open last. */
    public long bytesReceived() {
        return bytesReceived.get() + (push == null ? 0 : push.bytes());
    }

    public long pushErrors() {
        return push == null ? 0 : push.errors();
    }

    /**
     * Closes the tab: Flow's client sends its unload beacon ({@code "UNLOAD": true}, by
     * {@code navigator.sendBeacon}, so as text/plain), and the server closes the UI at once; then the socket.
     */
    public void close() throws IOException, InterruptedException {
        if (!pageOpen) {
            return;
        }
        pageOpen = false;
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", ui.csrfToken());
        payload.putArray("rpc");
        payload.put("syncId", ui.lastSyncId());
        payload.put("clientId", ui.takeClientId());
        payload.put("UNLOAD", true);
        http.send(
                request("?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        push.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.dlf.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * A student's browser tab on a chapter page, answering one numeric exercise the way the browser does it, over
 * Flow's own protocol ({@link FlowSession}): the answer typed into the exercise's field and Check pressed, in
 * one request, so the server runs the page's own listener ({@code ExercisePanel} → {@code ExerciseService.submit}).
 * What counts as saved is what the page then shows the student: the attempt count under the exercise ("3
 * attempts"), which the server sends only after the answer's transaction committed. An answer whose reply is
 * missing, an error, or a session the server no longer knows was not acknowledged.
 *
 * <p>English pages; the learner is the {@code dlf-learner} cookie, so a later tab with the same id (after a
 * restart, on another replica) shows the same student's progress.
 */
public final class AnsweringStudent {

    /** The chapter and its numeric exercise (any number far from the right one is a wrong answer). */
    public static final String CHAPTER = "chapter/forward-propagation";

    public static final String EXERCISE = "forward-out-o1";

    private static final String LEARNER_COOKIE = "dlf-learner";
    private static final Pattern ATTEMPTS = Pattern.compile("(\\d+) attempts?");

    private final FlowSession tab;

    private AnsweringStudent(FlowSession tab) {
        this.tab = tab;
    }

    /** A new visitor (a fresh learner id) or, with {@code learner}, the same student in a new tab. */
    public static AnsweringStudent visit(URI base, String learner) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        FlowSession tab = new FlowSession(http, base, "en-US");
        if (learner != null) tab.setCookie(LEARNER_COOKIE, learner);
        return new AnsweringStudent(tab);
    }

    /** Gives the tab a cookie before it opens a page (e.g. the proxy's cookie that pins it to a replica). */
    public AnsweringStudent withCookie(String name, String value) {
        tab.setCookie(name, value);
        return this;
    }

    /** A cookie the tab sends now, if any. */
    public Optional<String> cookie(String name) {
        return tab.cookie(name);
    }

    /**
     * What reloading the page does: a new tab sending every cookie this one had (the learner id, the proxy's
     * replica cookie, the old session id) opens the chapter again.
     */
    public AnsweringStudent reload(URI base) throws IOException, InterruptedException {
        AnsweringStudent again = visit(base, null);
        tab.cookies().forEach(again.tab::setCookie);
        return again.openChapter();
    }

    /** Opens the exercise's chapter. */
    public AnsweringStudent openChapter() throws IOException, InterruptedException {
        tab.open(CHAPTER);
        return this;
    }

    /** Joins a class on its join page under this display name; true when the page says "joined". */
    public boolean join(String code, String name) throws IOException, InterruptedException {
        tab.open("join/" + code);
        List<ObjectNode> rpc = new ArrayList<>(typing("join-name", name));
        rpc.addAll(DomEvents.of(tab.ui, tab.ui.node("join-submit"), "click", Map.of()));
        tab.send(rpc);
        return "JOINED".equals(tab.ui.attribute(tab.ui.node("join-message"), "data-result"));
    }

    public String learner() {
        return tab.cookie(LEARNER_COOKIE).orElseThrow(() -> new IllegalStateException("No learner cookie yet"));
    }

    /**
     * Types the answer and presses Check; the attempt count the reply showed, or empty when the page showed
     * none (not acknowledged: no reply, an error, or a page the server no longer knows).
     */
    public OptionalInt answer(String value) {
        try {
            int status = tab.ui.node("status-" + EXERCISE);
            List<ObjectNode> rpc = new ArrayList<>(typing("answer-" + EXERCISE, value));
            rpc.addAll(DomEvents.of(tab.ui, tab.ui.node("check-" + EXERCISE), "click", Map.of()));
            if (!tab.send(rpc).contains(status)) return OptionalInt.empty();
            return attemptsShown();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** The attempt count the page shows now ("3 attempts"; empty before the first answer). */
    public OptionalInt attemptsShown() {
        String shown = tab.ui.attributeOrProperty(tab.ui.node("status-" + EXERCISE), "innerHTML");
        Matcher m = ATTEMPTS.matcher(shown == null ? "" : shown);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Closes the tab (Flow's unload beacon, then the push socket); a dead server is ignored. */
    public void close() {
        try {
            tab.close();
        } catch (IOException | RuntimeException e) {
            // the server is gone: nothing to close there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A text field's value as the browser sends it when the field is left: the synced value and the change. */
    private List<ObjectNode> typing(String fieldId, String value) {
        return DomEvents.of(
                tab.ui, tab.ui.node(fieldId), "change", Map.of("value", value, "_inputElementValue", value));
    }
}

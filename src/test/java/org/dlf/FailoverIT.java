package org.dlf;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.protocol.AnsweringStudent;
import org.junit.jupiter.api.Test;

/**
 * A replica dies in the middle of a class. PostgreSQL, two app processes and HAProxy (the Debian package
 * running the shipped deploy/haproxy.cfg) on loopback; the teacher's dashboard open in Chromium, two students
 * in Chromium and {@value #PROTOCOL_STUDENTS} over Flow's protocol answering without pause; the teacher, the
 * two browser students and half of the others are on the replica that is killed (SIGKILL). Asserts what each
 * role sees, that no acknowledged answer is lost and that the proxy answered no request with 503, and prints
 * the figures of docs/deployment.md.
 */
class FailoverIT {

    private static final String TEACHER = "failover-teacher";
    private static final String PASSWORD = "failover-password-7";
    private static final int PROTOCOL_STUDENTS = 16;
    private static final String NODE = "DLF_NODE";
    private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Test
    void a_replica_killed_mid_class_costs_seconds_no_answer_and_not_the_teachers_sign_in() throws Exception {
        TestPostgres.require();
        HaproxyProcess.require();
        String schema = "dlf_failover_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(TestPostgres.appArguments(schema));
        args.addAll(List.of("--dlf.teacher.username=" + TEACHER, "--dlf.teacher.password=" + PASSWORD));
        try (AppProcess app1 = AppProcess.of("failover-app1", args);
                AppProcess app2 = AppProcess.of("failover-app2", args)) {
            CompletableFuture.allOf(CompletableFuture.runAsync(app1::start), CompletableFuture.runAsync(app2::start))
                    .join();
            try (HaproxyProcess proxy = HaproxyProcess.start(AppProcess.freePort(), app1.port(), app2.port())) {
                classLosesAReplica(proxy, app1);
            }
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    private static void classLosesAReplica(HaproxyProcess proxy, AppProcess app1) throws Exception {
        URI base = proxy.base();
        Browser browser = BrowserTestBase.browser();
        Page dashboard = tab(browser, base, "en-US", "app1");
        open(dashboard, base.resolve("login"));
        dashboard.locator("#login-form input[name=username]").fill(TEACHER);
        dashboard.locator("#login-form input[name=password]").fill(PASSWORD);
        dashboard.locator("#login-form vaadin-button[slot=submit]").click();
        dashboard.waitForURL(Pattern.compile(".*/teacher$"));
        awaitVaadin(dashboard); // a name typed while the page still starts was once lost (an empty class name)
        dashboard.locator("#class-name input").fill("Failover");
        dashboard.locator("#create-class").click();
        assertThat(dashboard.locator("#join-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String code = dashboard.locator("#join-code").textContent();

        List<StudentStream> streams = new ArrayList<>();
        for (int i = 0; i < PROTOCOL_STUDENTS; i++) {
            AnsweringStudent s = AnsweringStudent.visit(base, null).withCookie(NODE, i % 2 == 0 ? "app1" : "app2");
            assertThat(s.join(code, String.format("P%02d", i))).isTrue();
            streams.add(new StudentStream(String.format("P%02d", i), s.openChapter(), base, i % 2 == 0));
        }
        Page ada = browserStudent(browser, base, code, "en-US", "Ada");
        Page lin = browserStudent(browser, base, code, "zh-CN", "林");
        assertThat(dashboard.locator("#students-grid")).hasJSProperty("size", PROTOCOL_STUDENTS + 2);

        ExecutorService answering = Executors.newFixedThreadPool(PROTOCOL_STUDENTS);
        List<Future<?>> running = new ArrayList<>();
        for (StudentStream s : streams) running.add(answering.submit(s));
        while (streams.stream().mapToInt(StudentStream::acknowledged).sum() < 200) Thread.sleep(20);
        dashboard.evaluate("() => window.dlfBeforeFailover = true");

        long killed = System.nanoTime();
        System.out.println("failover: killing the replica of the teacher, two browser students and "
                + PROTOCOL_STUDENTS / 2 + " protocol students");
        app1.kill();
        // Ada presses Check just after her server died: her page must not show the answer as saved
        ada.locator("#answer-forward-out-o1 input").fill("13.5");
        try {
            ada.locator("#check-forward-out-o1").click(new Locator.ClickOptions().setTimeout(5_000));
        } catch (PlaywrightException e) {
            // the page already covers itself with the message: nothing to press
        }

        Map<String, BooleanSupplier> milestones = new LinkedHashMap<>();
        milestones.put(
                "teacher: dashboard back, signed in",
                () -> evaluates(
                        dashboard,
                        "n => !window.dlfBeforeFailover && location.pathname.startsWith('/teacher/class/')"
                                + " && document.querySelector('#students-grid')?.size === n",
                        PROTOCOL_STUDENTS + 2));
        milestones.put("browser student (en): told the page must reload", () -> told(ada));
        milestones.put("browser student (zh): told the page must reload", () -> told(lin));
        milestones.put(
                "protocol students of the dead replica: answering again",
                () -> streams.stream().filter(s -> s.onKilledReplica).allMatch(StudentStream::recovered));
        Map<String, Double> seconds;
        try {
            seconds = await(milestones, killed, 90);
        } catch (AssertionError e) {
            for (Page p : List.of(dashboard, ada, lin)) {
                p.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("failover-failed-" + p.hashCode() + ".png")));
            }
            throw e;
        }

        assertThat(ada.locator(".v-system-error")).containsText("The connection to the server was lost");
        assertThat(ada.locator("#status-forward-out-o1")).hasText("1 attempt");
        assertThat(lin.locator(".v-system-error")).containsText("与服务器的连接已中断");
        ada.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failover-student-en.png")));
        lin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failover-student-zh.png")));
        ada.locator(".v-system-error").click(); // reloads the page, now served by the other replica
        awaitVaadin(ada);
        assertThat(ada.locator("#status-forward-out-o1")).hasText("1 attempt"); // the unacknowledged answer
        ada.locator("#answer-forward-out-o1 input").fill("13.5");
        ada.locator("#check-forward-out-o1").click();
        assertThat(ada.locator("#status-forward-out-o1")).hasText("2 attempts");
        seconds.put("browser student (en): reloaded and answered again", (System.nanoTime() - killed) / 1e9);

        for (StudentStream s : streams) s.stop();
        for (Future<?> f : running) f.get(60, TimeUnit.SECONDS);
        answering.shutdown();
        Map<String, Integer> shownToTeacher = attemptsInTheTeachersCsv(dashboard);
        int acknowledged = 0;
        int lost = 0;
        for (StudentStream s : streams) {
            acknowledged += s.acknowledged();
            lost += Math.max(0, s.acknowledged() - shownToTeacher.getOrDefault(s.name, 0));
            if (!s.onKilledReplica)
                assertThat(s.failures())
                        .as(s.name + " on the surviving replica")
                        .isZero();
        }
        assertThat(shownToTeacher.get("Ada")).isEqualTo(2);
        List<Integer> statuses = proxy.statuses();
        long unavailable = statuses.stream().filter(st -> st == 503).count();
        long badGateway = statuses.stream().filter(st -> st == 502).count();
        System.out.printf(
                "failover: %d answers acknowledged, %d lost; proxy: %d requests, %d × 503, %d × 502%n",
                acknowledged, lost, statuses.size(), unavailable, badGateway);
        seconds.forEach((what, s) -> System.out.printf("failover: %s after %.1f s%n", what, s));
        assertThat(lost)
                .as("acknowledged answers missing from the teacher's export")
                .isZero();
        assertThat(unavailable).as("requests the proxy answered with 503").isZero();
        dashboard.context().close();
        ada.context().close();
        lin.context().close();
    }

    /** A student in Chromium who joined the class and answered once on the chapter page. */
    private static Page browserStudent(Browser browser, URI base, String code, String locale, String name) {
        Page p = tab(browser, base, locale, "app1");
        open(p, base.resolve("join/" + code));
        p.locator("#join-name input").fill(name);
        p.locator("#join-submit").click();
        assertThat(p.locator("#join-message")).hasAttribute("data-result", "JOINED");
        open(p, base.resolve(AnsweringStudent.CHAPTER));
        p.locator("#answer-forward-out-o1 input").fill("12.5");
        p.locator("#check-forward-out-o1").click();
        assertThat(p.locator("#status-forward-out-o1")).containsText("1");
        return p;
    }

    private static Page tab(Browser browser, URI base, String locale, String node) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale)));
        context.setDefaultTimeout(30_000);
        context.addCookies(List.of(new Cookie(NODE, node).setUrl(base.toString())));
        Page page = context.newPage();
        long start = System.nanoTime();
        page.onConsoleMessage(
                m -> { // what the page's Flow client did, for a failure's report
                    if (m.type().equals("warning") || m.type().equals("error")) {
                        System.out.printf("[%s %.1f s] %s%n", locale, (System.nanoTime() - start) / 1e9, m.text());
                    }
                });
        page.onRequestFailed(r -> log(locale, start, "failed (" + r.failure() + ")", r));
        return page;
    }

    /** A failed request of the page to Vaadin (UIDL, heartbeat, push), for a failure's report. */
    private static void log(String locale, long start, String what, Request request) {
        if (request.url().contains("v-r=")) {
            System.out.printf(
                    "[%s %.1f s] %s %s %s%n",
                    locale,
                    (System.nanoTime() - start) / 1e9,
                    what,
                    request.method(),
                    request.url().replaceAll(".*v-r=([a-z]+).*", "$1"));
        }
    }

    private static void open(Page page, URI url) {
        page.navigate(url.toString());
        awaitVaadin(page);
    }

    private static void awaitVaadin(Page page) {
        BrowserTestBase.idle(page);
    }

    /** A condition evaluated in the page; false while the page is (re)loading. */
    private static boolean evaluates(Page page, String condition, Object argument) {
        try {
            return Boolean.TRUE.equals(page.evaluate(condition, argument));
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static boolean told(Page page) {
        return page.locator(".v-system-error").isVisible();
    }

    /** Polls every condition until all hold; the seconds from {@code since} at which each first held. */
    private static Map<String, Double> await(Map<String, BooleanSupplier> conditions, long since, int timeoutSeconds)
            throws InterruptedException {
        Map<String, Double> at = new LinkedHashMap<>();
        long deadline = since + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (at.size() < conditions.size() && System.nanoTime() < deadline) {
            for (Map.Entry<String, BooleanSupplier> c : conditions.entrySet()) {
                if (!at.containsKey(c.getKey()) && c.getValue().getAsBoolean()) {
                    at.put(c.getKey(), (System.nanoTime() - since) / 1e9);
                }
            }
            Thread.sleep(50);
        }
        assertThat(at.keySet()).as("what happened within %d s", timeoutSeconds).containsAll(conditions.keySet());
        return at;
    }

    /** The teacher's per-exercise CSV, downloaded with the dashboard's own cookies: attempts by student. */
    private static Map<String, Integer> attemptsInTheTeachersCsv(Page dashboard) {
        String href = dashboard.locator("#csv-exercises").getAttribute("href");
        String csv = dashboard
                .request()
                .get(dashboard.url().replaceFirst("(https?://[^/]+/).*", "$1") + href)
                .text();
        Map<String, Integer> attempts = new LinkedHashMap<>();
        Matcher row = Pattern.compile("\"([^\"]+)\",\"forward-propagation\",\"" + "forward-out-o1"
                        + "\",\"[^\"]*\",\"[01]\",\"(\\d+)\"")
                .matcher(csv);
        while (row.find()) attempts.put(row.group(1), Integer.parseInt(row.group(2)));
        return attempts;
    }

    /**
     * A student over Flow's protocol answering without pause; when an answer is not acknowledged the student
     * reloads the page (a new tab with the same cookies, as the browser does) until it works and goes on.
     */
    private static final class StudentStream implements Runnable {
        final String name;
        final boolean onKilledReplica;
        private final URI base;
        private volatile AnsweringStudent tab;
        private volatile boolean stopped;
        private volatile int acknowledged;
        private volatile int failures;
        private volatile boolean recovered;

        StudentStream(String name, AnsweringStudent tab, URI base, boolean onKilledReplica) {
            this.name = name;
            this.tab = tab;
            this.base = base;
            this.onKilledReplica = onKilledReplica;
        }

        @Override
        public void run() {
            for (int i = 1; !stopped; i++) {
                var shown = tab.answer(2000 + i + ".5");
                if (shown.isPresent()) {
                    acknowledged = Math.max(acknowledged, shown.getAsInt());
                    if (failures > 0) recovered = true;
                    pause(); // a class answers briskly, not as fast as the server can take it
                    continue;
                }
                failures++;
                while (!stopped) {
                    try {
                        tab = tab.reload(base);
                        break;
                    } catch (Exception e) {
                        pause(); // no live replica answered the reload yet: the student tries again
                    }
                }
            }
            tab.close();
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            stopped = true;
        }

        int acknowledged() {
            return acknowledged;
        }

        int failures() {
            return failures;
        }

        boolean recovered() {
            return recovered;
        }
    }
}

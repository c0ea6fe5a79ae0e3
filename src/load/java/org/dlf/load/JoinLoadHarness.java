package org.dlf.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dlf.protocol.FlowSession;
import org.dlf.protocol.UiState;

/**
 * "A class of 100 arriving within 10 s must all get in" (not a test): N students arrive at seeded random
 * moments within W seconds at a running app, each as a browser would ({@link FlowSession}, an empty cache):
 * load /join/CODE (page, scripts, UI bootstrap, push), type a display name and press Join (one UIDL round trip). Reports how many joined and the
 * latency of the join request and of arrival-to-joined (p50/p95/max), checks that the session id changed
 * at join, then has every student open /my-class on their session and checks that the server lists them
 * in the class. All students come from one address, like a class behind a school's NAT.
 *
 * <pre>java ... org.dlf.load.JoinLoadHarness http://localhost:8095 TEACHER PASSWORD [students=100] [window=10] [seed=1]</pre>
 *
 * It first signs in as that teacher and creates a new class through the teacher's page (a new class per
 * run). Bounded: one join per student, a 60 s timeout per request.
 */
public final class JoinLoadHarness {

    record Outcome(
            boolean joined, boolean newSessionId, boolean listed, double joinMs, double arrivalMs, String error) {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int students = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        double window = args.length > 4 ? Double.parseDouble(args[4]) : 10;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 1;
        String code = newClass(base, args[1], args[2]);
        Random random = new Random(seed);
        long[] arrivals = new long[students];
        for (int i = 0; i < students; i++) arrivals[i] = (long) (random.nextDouble() * window * 1e9);
        Arrays.sort(arrivals);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        ExecutorService pool = Executors.newFixedThreadPool(students);
        long t0 = System.nanoTime() + 200_000_000L;
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            long at = t0 + arrivals[i];
            String name = String.format("学生 %03d-%s", i + 1, run);
            futures.add(pool.submit(() -> student(base, code, name, at)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) outcomes.add(f.get());
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long joined = outcomes.stream().filter(Outcome::joined).count();
        long rotated = outcomes.stream().filter(Outcome::newSessionId).count();
        long listed = outcomes.stream().filter(Outcome::listed).count();
        System.out.printf("students=%d window=%.0fs seed=%d last done after %.1fs%n", students, window, seed, elapsed);
        System.out.printf(
                "joined: %d/%d  new session id at join: %d  listed in the class afterwards: %d%n",
                joined, students, rotated, listed);
        print(
                "join request (name + Join, one UIDL round trip)",
                outcomes.stream()
                        .filter(Outcome::joined)
                        .mapToDouble(Outcome::joinMs)
                        .toArray());
        print(
                "arrival to joined (page, scripts, UI bootstrap, join)",
                outcomes.stream()
                        .filter(Outcome::joined)
                        .mapToDouble(Outcome::arrivalMs)
                        .toArray());
        outcomes.stream()
                .filter(o -> !o.error().isEmpty())
                .map(Outcome::error)
                .distinct()
                .limit(5)
                .forEach(e -> System.out.println("error: " + e));
        System.exit(joined == students && listed == students ? 0 : 1);
    }

    /** Signs in as the teacher and creates a class on the teacher's page; returns its join code. */
    private static String newClass(URI base, String teacher, String password) throws Exception {
        FlowSession browser = new FlowSession(base, "zh-CN");
        browser.signIn(teacher, password);
        browser.open("teacher");
        browser.typeAndClick("class-name", "Load " + java.time.LocalTime.now().withNano(0), "create-class");
        String code = browser.ui().text(browser.ui().node("join-code")); // the page is the new class's dashboard
        browser.close();
        System.out.println("class code: " + code);
        return code;
    }

    private static Outcome student(URI base, String code, String name, long at) {
        FlowSession browser = new FlowSession(base, "zh-CN").withEmptyCache();
        try {
            long wait = at - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            long arrived = System.nanoTime();
            browser.open("join/" + code);
            String before = browser.cookie("JSESSIONID").orElse("");
            long start = System.nanoTime();
            browser.typeAndClick("join-name", name, "join-submit");
            long end = System.nanoTime();
            UiState page = browser.ui();
            String result = page.attribute(page.node("join-message"), "data-result");
            boolean joined = "JOINED".equals(result);
            String after = browser.cookie("JSESSIONID").orElse("");
            boolean rotated = !after.isEmpty() && !after.equals(before);
            boolean listed = false;
            if (joined) {
                browser.open("my-class");
                listed = browser.ui().text(browser.ui().node("my-classes")).contains(name);
            }
            return new Outcome(
                    joined,
                    rotated,
                    listed,
                    (end - start) / 1e6,
                    (end - arrived) / 1e6,
                    joined ? "" : "not joined: " + result);
        } catch (Exception e) {
            return new Outcome(false, false, false, 0, 0, e.toString());
        } finally {
            closeQuietly(browser);
        }
    }

    private static void closeQuietly(FlowSession browser) {
        try {
            browser.close();
        } catch (Exception e) {
            // the tab was never opened or the server is gone: nothing to close
        }
    }

    private static void print(String what, double[] ms) {
        if (ms.length == 0) {
            System.out.println(what + ": no successful joins");
            return;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%s ms: n=%d p50 %.0f  p95 %.0f  max %.0f%n",
                what, ms.length, percentile(ms, 0.50), percentile(ms, 0.95), ms[ms.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

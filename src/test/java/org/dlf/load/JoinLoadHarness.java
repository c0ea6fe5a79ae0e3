package org.dlf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * "A class of 100 arriving within 10 s must all get in" (not a test): N students arrive at seeded random
 * moments within W seconds at a running app, each as a browser would: load /join/CODE (page, scripts,
 * UI bootstrap), type a display name and press Join (one UIDL round trip). Reports how many joined and the
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
        String base = args[0];
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
    private static String newClass(String base, String teacher, String password) throws Exception {
        VaadinHttpClient browser = new VaadinHttpClient(base);
        browser.signIn(teacher, password);
        browser.open("teacher", false);
        String answer = browser.typeAndClick(
                browser.node("class-name"),
                "Load " + java.time.LocalTime.now().withNano(0),
                browser.node("create-class"));
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("/join/([A-Z2-9]{6})").matcher(answer);
        if (!code.find()) throw new IllegalStateException("No class was created");
        System.out.println("class code: " + code.group(1));
        return code.group(1);
    }

    private static Outcome student(String base, String code, String name, long at) {
        try {
            long wait = at - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            long arrived = System.nanoTime();
            VaadinHttpClient browser = new VaadinHttpClient(base);
            browser.open("join/" + code, true);
            String before = browser.sessionId();
            long start = System.nanoTime();
            String answer = browser.typeAndClick(browser.node("join-name"), name, browser.node("join-submit"));
            long end = System.nanoTime();
            boolean joined = answer.contains("\"JOINED\"");
            boolean rotated =
                    !browser.sessionId().isEmpty() && !browser.sessionId().equals(before);
            boolean listed = joined && browser.open("my-class", false).contains(jsonText(name));
            return new Outcome(
                    joined,
                    rotated,
                    listed,
                    (end - start) / 1e6,
                    (end - arrived) / 1e6,
                    joined ? "" : "not joined: " + resultOf(answer));
        } catch (Exception e) {
            return new Outcome(false, false, false, 0, 0, e.toString());
        }
    }

    private static String resultOf(String uidl) {
        for (String r : List.of("TOO_MANY_ATTEMPTS", "NAME_TAKEN", "UNKNOWN_CODE", "CLOSED", "INVALID_NAME"))
            if (uidl.contains("\"" + r + "\"")) return r;
        return "no result in the answer";
    }

    /** How the name appears inside the UIDL JSON (non-ASCII characters are sent as they are). */
    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
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

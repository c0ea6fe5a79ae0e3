package org.dlf.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * "The dashboard reflects an answer within 1 s p95 during a rush of 100 students answering" (not a test): a
 * teacher's dashboard open over Flow's protocol (push included) while N students ({@link AnsweringStudent},
 * joined to the class) each send A answers at seeded random moments within W seconds. For every acknowledged
 * answer it takes the time from the student pressing Check to the first push that shows the teacher that
 * student's new attempt count in the students grid; reports p50/p95/max, answers never shown, and the load
 * average. It signs in, creates a class and joins the students itself (a new class per run).
 *
 * <pre>java ... org.dlf.load.ClassRushHarness http://localhost:8095 TEACHER PASSWORD [students=100] [window=30] [answers=3] [seed=1] [APP_PID]</pre>
 *
 * With the app's process id it also reports the CPU the app used during the rush.
 */
public final class ClassRushHarness {

    private record Answer(String student, int attempts, long sent, long acknowledged) {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int window = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int answers = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 1;
        if (n < 1 || n > 300 || window < 1 || window > 300 || answers < 1 || answers > 20)
            throw new IllegalArgumentException("1–300 students, 1–300 s, 1–20 answers each");
        String loadBefore = loadAverage();

        FlowSession dashboard = new FlowSession(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), base, "en-US");
        dashboard.signIn(args[1], args[2]);
        dashboard.open("teacher");
        dashboard.type("class-name", "Rush " + java.time.LocalTime.now().withNano(0));
        dashboard.click("create-class"); // the page becomes the new class's dashboard
        String code = dashboard.ui.text(dashboard.ui.node("join-code"));
        Map<String, Long> shown = watchStudentsGrid(dashboard);
        dashboard.call("students-grid", "setViewportRange", 0, n + 10); // as the grid does with all rows visible

        ExecutorService opening = Executors.newFixedThreadPool(8);
        List<Future<AnsweringStudent>> joining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.format("S%03d", i + 1);
            joining.add(opening.submit(() -> {
                AnsweringStudent s = AnsweringStudent.visit(base, null);
                if (!s.join(code, name)) throw new IllegalStateException(name + " could not join");
                return s.openChapter();
            }));
        }
        List<AnsweringStudent> students = new ArrayList<>();
        for (Future<AnsweringStudent> f : joining) students.add(f.get(300, TimeUnit.SECONDS));
        opening.shutdown();
        System.out.printf("class %s: %d students joined and opened the chapter%n", code, n);

        List<Answer> acknowledged = Collections.synchronizedList(new ArrayList<>());
        String pid = args.length > 7 ? args[7] : null;
        double cpuBefore = pid == null ? 0 : AppProbe.cpuSeconds(pid);
        long rushStart = System.nanoTime();
        Random random = new Random(seed);
        ScheduledExecutorService rush = Executors.newScheduledThreadPool(32);
        for (int i = 0; i < n; i++) {
            AnsweringStudent s = students.get(i);
            String name = String.format("S%03d", i + 1);
            List<Long> moments = new ArrayList<>();
            for (int a = 0; a < answers; a++) moments.add((long) (random.nextDouble() * window * 1000));
            Collections.sort(moments);
            for (int a = 0; a < answers; a++) {
                String value = (3000 + a) + ".5";
                rush.schedule(() -> answer(s, name, value, acknowledged), moments.get(a), TimeUnit.MILLISECONDS);
            }
        }
        rush.shutdown();
        rush.awaitTermination(window + 120L, TimeUnit.SECONDS);
        Thread.sleep(5_000); // the last answers reach the dashboard
        if (pid != null) {
            double seconds = (System.nanoTime() - rushStart) / 1e9;
            System.out.printf(
                    "app CPU during the rush: %.0f%% of one core (%.1f s in %.1f s)%n",
                    100 * (AppProbe.cpuSeconds(pid) - cpuBefore) / seconds,
                    AppProbe.cpuSeconds(pid) - cpuBefore,
                    seconds);
        }

        List<Double> latencies = new ArrayList<>();
        int missing = 0;
        for (Answer a : acknowledged) {
            long first = Long.MAX_VALUE;
            for (int k = a.attempts(); k <= a.attempts() + answers; k++) {
                first = Math.min(first, shown.getOrDefault(a.student() + "#" + k, Long.MAX_VALUE));
            }
            if (first == Long.MAX_VALUE) missing++;
            else latencies.add((first - a.sent()) / 1e6);
        }
        double[] ms =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] ack = acknowledged.stream()
                .mapToDouble(a -> (a.acknowledged() - a.sent()) / 1e6)
                .sorted()
                .toArray();
        System.out.printf(
                "students=%d window=%ds answers each=%d seed=%d: %d answers acknowledged (of %d)%n",
                n, window, answers, seed, acknowledged.size(), n * answers);
        print("Check pressed to attempt count on the student's page", ack);
        print("Check pressed to the new count on the teacher's dashboard", ms);
        System.out.printf("answers the dashboard never showed: %d%n", missing);
        System.out.printf("load average before: %s after: %s%n", loadBefore, loadAverage());
        students.forEach(AnsweringStudent::close);
        dashboard.close();
        System.exit(missing == 0 && acknowledged.size() == n * answers ? 0 : 1);
    }

    private static void answer(AnsweringStudent s, String name, String value, List<Answer> acknowledged) {
        long sent = System.nanoTime();
        s.answer(value).ifPresent(attempts -> acknowledged.add(new Answer(name, attempts, sent, System.nanoTime())));
    }

    /**
     * When each student's attempt count first showed in the dashboard's students grid ("S001#3" → nanoTime),
     * from the rows the server sends the grid ({@code $connector} calls), by the columns' paths.
     */
    private static Map<String, Long> watchStudentsGrid(FlowSession dashboard) {
        String namePath = dashboard
                .ui
                .property(dashboard.ui.node("students-name"), "path")
                .asString();
        String attemptsPath = dashboard
                .ui
                .property(dashboard.ui.node("students-attempts"), "path")
                .asString();
        Map<String, Long> shown = new ConcurrentHashMap<>();
        dashboard.ui.onExecute(call -> {
            long now = System.nanoTime();
            for (JsonNode argument : call) {
                for (JsonNode row : argument.isArray() ? argument : List.<JsonNode>of()) {
                    if (row.has(namePath) && row.has(attemptsPath)) {
                        shown.putIfAbsent(
                                row.get(namePath).asString() + "#"
                                        + row.get(attemptsPath).asString(),
                                now);
                    }
                }
            }
        });
        return shown;
    }

    private static void print(String what, double[] ms) {
        if (ms.length == 0) {
            System.out.println(what + ": none");
            return;
        }
        System.out.printf(
                "%s, ms: n=%d p50 %.0f  p95 %.0f  max %.0f%n",
                what,
                ms.length,
                JoinLoadHarness.percentile(ms, 0.50),
                JoinLoadHarness.percentile(ms, 0.95),
                ms[ms.length - 1]);
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    List.of(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (Exception e) {
            return "?";
        }
    }
}

package org.dlf.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The capacity benchmark of the live MLP trainer (not a test): N real Vaadin sessions against a running app,
 * without browsers. Each {@link FlowSession} speaks Flow's protocol as the browser's client does, so the
 * server builds the same UI, runs the same listeners and serialises and pushes the same messages as for
 * Chromium. Every session opens the MLP chapter, picks the spiral, types in the settings of {@link LoadHarness}
 * (noise 0.1, 2 × 8 tanh, η 0.03, batch 10, 100,000 epochs a run), picks a speed (as fast as possible unless
 * told otherwise) and presses Play; while all train, each inspects a neuron of the network diagram every
 * PROBE_MS (a cheap server round trip, timed from request to answer). Reports, per session: heatmap frames
 * received over push per second and the gaps between one session's consecutive frames (p50, p95, max, and the
 * share under 100 ms: two frames that close look like one to a learner), bytes received per second,
 * round-trip p50/p95; for the app: CPU (from /proc) and live heap per session (jcmd's class histogram, after a
 * full GC), with the page open and while training. Loopback only; bounded by SESSIONS and SECONDS; at the end
 * it pauses every run and closes every tab (Flow's unload beacon) and socket.
 *
 * <pre>java ... org.dlf.load.ProtocolLoadClient http://localhost:8095 SESSIONS SECONDS APP_PID [PROBE_MS=2000]
 *     [en|zh] [fastest|fast|normal|slow]</pre>
 */
public final class ProtocolLoadClient {

    private static final String ROUTE = "chapter/mlp";
    private static final AtomicLong UNANSWERED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int n = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String pid = args[3];
        long probeMillis = args.length > 4 ? Long.parseLong(args[4]) : 2000;
        boolean chinese = args.length > 5 && args[5].equals("zh");
        String speed = args.length > 6 ? args[6] : "fastest";
        if (n < 1 || n > 1000 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("1–1000 sessions for 1–600 s");
        }
        // one session first, opened, trained and closed, so that one-time costs (classes, caches, the first
        // page's resources) are not counted per session
        FlowSession warmUp = open(URI.create(base + "/"), 1, chinese, speed).getFirst();
        warmUp.click("mlp-run");
        Thread.sleep(2000);
        warmUp.click("mlp-run");
        warmUp.close();
        AppProbe.liveHeap(pid); // a first full GC clears what start-up left behind
        long heapBefore = AppProbe.liveHeap(pid);
        List<FlowSession> sessions = open(URI.create(base + "/"), n, chinese, speed);
        long heapOpen = AppProbe.liveHeap(pid);

        long[] framesBefore = new long[n];
        long[] bytesBefore = new long[n];
        for (int i = 0; i < n; i++) {
            sessions.get(i).click("mlp-run");
        }
        for (int i = 0; i < n; i++) {
            framesBefore[i] = sessions.get(i).ui.heatmapFrames.get();
            bytesBefore[i] = received(sessions.get(i));
        }
        double cpuBefore = AppProbe.cpuSeconds(pid);
        double clientCpuBefore =
                AppProbe.cpuSeconds(Long.toString(ProcessHandle.current().pid()));
        long t0 = System.nanoTime();
        List<Double> roundTrips = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService probes = Executors.newScheduledThreadPool(4);
        for (FlowSession s : sessions) {
            long phase = ThreadLocalRandom.current().nextLong(probeMillis);
            int[] count = {0};
            probes.scheduleWithFixedDelay(
                    () -> probe(s, count[0]++ % 2 == 0 ? "n-0-1" : "n-0-0", roundTrips),
                    phase,
                    probeMillis,
                    TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        probes.shutdownNow();
        probes.awaitTermination(10, TimeUnit.SECONDS);
        long t1 = System.nanoTime();
        double elapsed = (t1 - t0) / 1e9;
        double cpu = (AppProbe.cpuSeconds(pid) - cpuBefore) / elapsed;
        double clientCpu =
                (AppProbe.cpuSeconds(Long.toString(ProcessHandle.current().pid())) - clientCpuBefore) / elapsed;
        double[] frames = new double[n];
        double[] bytes = new double[n];
        for (int i = 0; i < n; i++) {
            frames[i] = (sessions.get(i).ui.heatmapFrames.get() - framesBefore[i]) / elapsed;
            bytes[i] = (received(sessions.get(i)) - bytesBefore[i]) / elapsed;
        }
        long heapTraining = AppProbe.liveHeap(pid);
        for (FlowSession s : sessions) {
            s.click("mlp-run"); // pause
            s.close(); // and close the tab
        }
        report(n, elapsed, frames, bytes, roundTrips, cpu, heapBefore, heapOpen, heapTraining);
        reportGaps(sessions, t0, t1);
        System.out.printf("this client's own CPU: %.0f%% of one core%n", clientCpu * 100);
        long pushErrors = sessions.stream().mapToLong(FlowSession::pushErrors).sum();
        System.out.printf(
                "probes without the neuron in the answer: %d; push errors: %d%n", UNANSWERED.get(), pushErrors);
        System.exit(0);
    }

    /**
     * Opens N sessions, 4 at a time (as a class arriving), each on the MLP chapter with the spiral's settings and
     * the speed, Play not yet pressed; in Chinese or (by default) in English.
     */
    private static List<FlowSession> open(URI base, int n, boolean chinese, String speed) throws Exception {
        ExecutorService opener = Executors.newFixedThreadPool(4);
        List<Future<FlowSession>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(opener.submit(() -> {
                // one client per session: its own connections, as each learner's browser has
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                FlowSession s = new FlowSession(http, base, chinese ? "zh-CN" : "en-US");
                s.open(ROUTE);
                s.select("mlp-dataset", chinese ? "螺旋" : "Spiral");
                // the settings of LoadHarness, typed in as a learner would
                s.type("mlp-noise", "0.1");
                s.type("mlp-layers", "2");
                s.type("mlp-neurons", "8");
                s.type("mlp-learning-rate", "0.03");
                s.type("mlp-batch", "10");
                s.type("mlp-budget", "100000");
                s.select("mlp-speed", speedLabel(speed, chinese));
                checkSettings(s);
                return s;
            }));
        }
        List<FlowSession> sessions = new ArrayList<>();
        for (Future<FlowSession> f : futures) {
            sessions.add(f.get(120, TimeUnit.SECONDS));
        }
        opener.shutdown();
        System.out.printf("opened %d sessions%n", n);
        return sessions;
    }

    /** The speed's label as the trainer offers it (the select is found by label, as a learner would). */
    private static String speedLabel(String speed, boolean chinese) {
        return switch (speed) {
            case "slow" -> chinese ? "慢（5 轮/秒）" : "Slow (5 epochs/s)";
            case "normal" -> chinese ? "正常（30 轮/秒）" : "Normal (30 epochs/s)";
            case "fast" -> chinese ? "快（150 轮/秒）" : "Fast (150 epochs/s)";
            case "fastest" -> chinese ? "尽可能快" : "As fast as possible";
            default -> throw new IllegalArgumentException("speed: slow, normal, fast or fastest");
        };
    }

    /**
     * Fails unless the server took every typed setting: no message under the controls, and a diagram of two
     * hidden layers of eight neurons (keys n-layer-index from 0; layer 2 is the output).
     */
    private static void checkSettings(FlowSession s) {
        String message = s.ui.text(s.ui.node("mlp-message")).strip();
        String diagram = s.ui.property(s.ui.node("mlp-network"), "markup").asString("");
        if (!message.isEmpty()
                || !diagram.contains("\"n-1-7\"")
                || diagram.contains("\"n-1-8\"")
                || diagram.contains("\"n-3-0\"")) {
            throw new IllegalStateException("The settings were not taken: " + message);
        }
    }

    /** Inspects the other neuron of the first hidden layer and times the answer that shows it. */
    private static void probe(FlowSession s, String key, List<Double> roundTrips) {
        try {
            int paragraph = s.ui.node("mlp-neuron");
            long start = System.nanoTime();
            List<Integer> changed = s.fire("mlp-network", "dlf-svg-select", Map.of("event.detail.key", key));
            double ms = (System.nanoTime() - start) / 1e6;
            boolean shown = changed.contains(paragraph)
                    || s.ui.children(paragraph).stream().anyMatch(changed::contains);
            if (shown) {
                roundTrips.add(ms);
            } else {
                UNANSWERED.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the measurement window closed during this probe
        } catch (Exception e) {
            System.err.println("probe failed: " + e);
        }
    }

    /** The gaps between one session's consecutive heatmap frames during the measurement, all sessions together. */
    private static void reportGaps(List<FlowSession> sessions, long from, long to) {
        FrameGaps gaps = new FrameGaps();
        sessions.forEach(s -> gaps.add(s.ui.heatmapTimes(from, to)));
        System.out.println("gaps between a session's frames ms: " + gaps.summary());
    }

    private static long received(FlowSession s) {
        return s.bytesReceived.get() + s.pushBytes();
    }

    private static void report(
            int n,
            double elapsed,
            double[] frames,
            double[] bytes,
            List<Double> roundTrips,
            double cpu,
            long heapBefore,
            long heapOpen,
            long heapTraining) {
        Arrays.sort(frames);
        Arrays.sort(bytes);
        double[] rt =
                roundTrips.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("sessions=%d seconds=%.1f (protocol clients, no browsers)%n", n, elapsed);
        System.out.printf(
                "heatmap frames/s per session: min %.2f median %.2f max %.2f%n",
                frames[0], frames[n / 2], frames[n - 1]);
        System.out.printf(
                "bytes received per session: median %.1f KB/s (max %.1f)%n", bytes[n / 2] / 1024, bytes[n - 1] / 1024);
        if (rt.length > 0) {
            System.out.printf(
                    "round trip (inspect a neuron) ms: n=%d p50 %.0f p95 %.0f max %.0f%n",
                    rt.length, rt[rt.length / 2], rt[(int) Math.ceil(rt.length * 0.95) - 1], rt[rt.length - 1]);
        }
        System.out.printf(
                "app CPU: %.0f%% of one core (%d cores)%n",
                cpu * 100, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "live heap per session (class histogram after full GC): %.0f KB open, %.0f KB training%n",
                (heapOpen - heapBefore) / 1024.0 / n, (heapTraining - heapBefore) / 1024.0 / n);
    }
}

package org.dlf.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How many answers a running app acknowledges a second (not a test): N students ({@link AnsweringStudent},
 * Flow's protocol, the path a browser takes) answer a numeric exercise back to back, each a new wrong number,
 * for S seconds. Reports answers acknowledged a second and the time from pressing Check to the attempt count on
 * the page (p50/p95/max). Used to price H2's WRITE_DELAY=0 against the old 500 ms (docs/benchmarks.md).
 *
 * <pre>java ... org.dlf.load.AnswerThroughputHarness http://localhost:8095 [students=20] [seconds=30]</pre>
 */
public final class AnswerThroughputHarness {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        if (n < 1 || n > 500 || seconds < 1 || seconds > 600)
            throw new IllegalArgumentException("1–500 students, 1–600 s");
        List<AnsweringStudent> students = new ArrayList<>();
        for (int i = 0; i < n; i++)
            students.add(AnsweringStudent.visit(base, null).openChapter());
        // a few answers each first, so that one-time costs (classes, caches, the JIT) are not counted
        for (AnsweringStudent s : students) for (int i = 0; i < 5; i++) s.answer("-" + (i + 1) + ".25");
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] unacknowledged = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long t0 = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            AnsweringStudent s = students.get(k);
            int index = k;
            runs.add(pool.submit(() -> {
                for (int i = 1; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    if (s.answer(1000 + i + ".5").isPresent()) {
                        latencies.add((System.nanoTime() - start) / 1e6);
                    } else {
                        unacknowledged[index]++;
                    }
                }
            }));
        }
        for (Future<?> run : runs) run.get();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        students.forEach(AnsweringStudent::close);
        double[] ms =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long missing = java.util.Arrays.stream(unacknowledged).sum();
        System.out.printf("students=%d seconds=%.1f%n", n, elapsed);
        System.out.printf(
                "answers acknowledged: %d (%.1f a second); not acknowledged: %d%n",
                ms.length, ms.length / elapsed, missing);
        System.out.printf(
                "Check to attempt count shown, ms: p50 %.0f  p95 %.0f  max %.0f%n",
                JoinLoadHarness.percentile(ms, 0.50),
                JoinLoadHarness.percentile(ms, 0.95),
                ms.length == 0 ? 0 : ms[ms.length - 1]);
        System.exit(missing == 0 ? 0 : 1);
    }
}

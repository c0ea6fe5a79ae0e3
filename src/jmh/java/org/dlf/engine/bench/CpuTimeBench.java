package org.dlf.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The four JMH workloads timed by the thread's CPU time as well as by the wall clock, one whole
 * workload per repetition. On the shared 2-core machine other builds take most of the CPU and
 * wall-clock times mostly measure their load; CPU time counts only the time this thread ran.
 * playground-bench/bench.js reports the same columns for the Playground engine.
 * Run: java -cp target/classes:target/test-classes:... org.dlf.engine.bench.CpuTimeBench [a|b|c|d]
 */
public final class CpuTimeBench {
    private CpuTimeBench() {}

    public static void main(String[] args) {
        String only = args.length > 0 ? args[0] : "";
        EngineBenchmarks w = new EngineBenchmarks();
        w.setUp();
        if (only.isEmpty() || only.equals("a")) time("a_222_10k_steps", w::a_workedExample_10k_steps, 2000, 1000);
        if (only.isEmpty() || only.equals("b")) time("b_spiral_2881_1000_epochs", w::b_spiral_2881_1000_epochs, 6, 7);
        if (only.isEmpty() || only.equals("c")) time("c_xor_241_10k_epochs", w::c_xor_241_10k_epochs, 200, 100);
        if (only.isEmpty() || only.equals("d")) time("d_live_frame", w::d_live_frame, 3000, 1000);
    }

    private static void time(String name, java.util.function.DoubleSupplier workload, int warmup, int reps) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int i = 0; i < warmup; i++) sink += workload.getAsDouble();
        double[] wall = new double[reps], cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            long c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            sink += workload.getAsDouble();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "%s\tcpu median %.3f ms\tcpu min %.3f ms\twall median %.3f ms\twall min %.3f ms\t(%d reps, sink %.2f)%n",
                name, cpu[reps / 2], cpu[0], wall[reps / 2], wall[0], reps, sink);
    }
}

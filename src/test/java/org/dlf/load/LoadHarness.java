package org.dlf.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dlf.chapters.mlp.MlpData;
import org.dlf.chapters.mlp.MlpRunJob;
import org.dlf.chapters.mlp.MlpSettings;
import org.dlf.chapters.mlp.MlpTrainerModel;
import org.dlf.engine.Activation;
import org.dlf.training.TrainingExecutor;

/**
 * Server-side load harness (not a test): N MLP trainers on the spiral run at once on the shared
 * TrainingExecutor, each with a stub UI sink that counts the coalesced frames it would push and their heatmap
 * payload. Prints updates per session per second, process CPU and heap retained per session. Bounded: stops
 * after the given seconds. Usage: java -cp ... org.dlf.load.LoadHarness [sessions=100] [seconds=20]
 */
public final class LoadHarness {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.gc();
        long baseline = usedHeap();
        TrainingExecutor executor = new TrainingExecutor(0, 1000, Duration.ofMillis(2), Duration.ofMinutes(5));
        List<MlpTrainerModel> models = new ArrayList<>();
        AtomicLong[] frames = new AtomicLong[n];
        AtomicLong bytes = new AtomicLong();
        for (int i = 0; i < n; i++) {
            MlpTrainerModel m = new MlpTrainerModel();
            m.setDataset(MlpData.Choice.SPIRAL);
            m.apply(new MlpSettings(2, 8, Activation.TANH, 0.03, 10, 0.1, 0.2, i, 100_000));
            models.add(m);
            frames[i] = new AtomicLong();
        }
        System.gc();
        long withModels = usedHeap();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<org.dlf.training.TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AtomicLong counter = frames[i];
            runs.add(executor.start(
                    new MlpRunJob(
                            models.get(i),
                            f -> {
                                counter.incrementAndGet();
                                // heatmap: one byte a cell in base64 plus ~250 characters of window and
                                // colours (ChartJson.heatmap); loss points ~48 characters each
                                bytes.addAndGet((f.heatmap().length + 2) / 3 * 4L + 250 + f.epochs().length * 48L);
                            },
                            MlpRunJob.PUSH_INTERVAL_NANOS),
                    r -> {}));
        }
        Thread.sleep(seconds * 1000L);
        runs.forEach(org.dlf.training.TrainingRun::cancel);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9 / elapsed / os.getAvailableProcessors();
        double[] rates = Arrays.stream(frames)
                .mapToDouble(a -> a.get() / elapsed)
                .sorted()
                .toArray();
        int epochs = models.stream().mapToInt(MlpTrainerModel::epochs).sum();
        System.out.printf("sessions=%d seconds=%.1f cores=%d%n", n, elapsed, os.getAvailableProcessors());
        System.out.printf(
                "updates/s per session: min %.2f  median %.2f  max %.2f%n", rates[0], rates[n / 2], rates[n - 1]);
        System.out.printf("epochs/s per session (mean): %.1f%n", epochs / elapsed / n);
        System.out.printf("process CPU: %.0f%% of all cores%n", cpu * 100);
        System.out.printf("heatmap+loss payload: %.1f KB/s per session%n", bytes.get() / 1024.0 / elapsed / n);
        System.out.printf(
                "heap per model (engine state only, no Vaadin UI): %.1f KB%n", (withModels - baseline) / 1024.0 / n);
        System.exit(0);
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}

package org.dlf.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dlf.chapters.mlp.MlpData;
import org.dlf.chapters.mlp.MlpTrainerModel;
import org.dlf.engine.Activation;
import org.dlf.training.LiveTraining;
import org.dlf.training.TrainingExecutor;

/**
 * Server-side load harness (not a test): N MLP trainers on the spiral run at once on the shared
 * TrainingExecutor, each played as fast as possible through {@link LiveTraining} with a view that counts the
 * frames it would push and their heatmap payload. Prints updates per session per second, process CPU and heap retained per session. Bounded: stops
 * after the given seconds. Usage: java -cp ... org.dlf.load.LoadHarness [sessions=100] [seconds=20]
 */
public final class LoadHarness {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0; // epochs a second; 0 = flat out
        System.gc();
        long baseline = usedHeap();
        TrainingExecutor executor = new TrainingExecutor(0, 1000, Duration.ofMillis(2), Duration.ofMinutes(5));
        List<MlpTrainerModel> models = new ArrayList<>();
        AtomicLong[] frames = new AtomicLong[n];
        AtomicLong bytes = new AtomicLong();
        for (int i = 0; i < n; i++) {
            MlpTrainerModel m = new MlpTrainerModel();
            m.setDataset(MlpData.Choice.SPIRAL);
            m.apply(m.settings()
                    .edit()
                    .hiddenLayers(2)
                    .neuronsPerLayer(8)
                    .activation(Activation.TANH)
                    .learningRate(0.03)
                    .batchSize(10)
                    .noise(0.1)
                    .seed(i)
                    .epochBudget(100_000));
            models.add(m);
            frames[i] = new AtomicLong();
        }
        System.gc();
        long withModels = usedHeap();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<LiveTraining<MlpTrainerModel.Frame>> runs = new ArrayList<>();
        List<List<Long>> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AtomicLong counter = frames[i];
            List<Long> shown = java.util.Collections.synchronizedList(new ArrayList<>());
            times.add(shown);
            LiveTraining<MlpTrainerModel.Frame> live =
                    LiveTraining.headless(executor, models.get(i), new LiveTraining.View<>() {
                        @Override
                        public void show(MlpTrainerModel.Frame f, boolean detailed) {
                            counter.incrementAndGet();
                            shown.add(System.nanoTime());
                            // heatmap: one byte a cell in base64 plus ~250 characters of window and
                            // colours (ChartJson.heatmap); loss points ~48 characters each
                            bytes.addAndGet((f.heatmap().length + 2) / 3 * 4L + 250 + f.epochs().length * 48L);
                        }

                        @Override
                        public void running(boolean running) {}

                        @Override
                        public void ended(MlpTrainerModel.Frame last, LiveTraining.End end) {}
                    });
            live.play(rate, 100_000);
            runs.add(live);
        }
        Thread.sleep(seconds * 1000L);
        runs.forEach(LiveTraining::pause);
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
        FrameGaps gaps = new FrameGaps();
        times.forEach(t -> gaps.add(List.copyOf(t)));
        System.out.println("gaps between a session's frames ms: " + gaps.summary());
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

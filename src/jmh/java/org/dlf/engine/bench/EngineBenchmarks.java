package org.dlf.engine.bench;

import java.util.concurrent.TimeUnit;
import org.dlf.engine.Activation;
import org.dlf.engine.Dataset;
import org.dlf.engine.Datasets;
import org.dlf.engine.DecisionGrid;
import org.dlf.engine.LabelStyle;
import org.dlf.engine.Loss;
import org.dlf.engine.Network;
import org.dlf.engine.Range;
import org.dlf.engine.Trainer;
import org.dlf.engine.WorkedExample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's four reference workloads (benchmarks-engine.md). Each benchmark method is one whole
 * workload; times are per workload. The defaults (3 forks × 8 measured iterations) are meant for
 * the shared, noisy 2-core machine; the Playground comparison is playground-bench/bench.js.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 2)
@State(Scope.Thread)
public class EngineBenchmarks {
    private static final Dataset SPIRAL_500 = Datasets.spiral(500, 0, 1).withLabels(LabelStyle.PLUS_MINUS_ONE);
    private static final Dataset SPIRAL_250 = Datasets.spiral(250, 0, 1).withLabels(LabelStyle.PLUS_MINUS_ONE);
    private static final Dataset XOR = Datasets.xor(LabelStyle.ZERO_ONE);

    private Trainer frameTrainer;
    private DecisionGrid grid;

    @Setup(Level.Trial)
    public void setUp() {
        Network net = spiralNetwork(2);
        frameTrainer = new Trainer(net, SPIRAL_250, null, Loss.HALF_SQUARED_ERROR, 0.03, 10, 2);
        grid = new DecisionGrid(50, new Range(-6, 6, -6, 6));
    }

    private static Network spiralNetwork(long seed) {
        return Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(8, Activation.TANH)
                .layer(1, Activation.TANH)
                .build()
                .initialize(seed);
    }

    /** (a) The 2-2-2 worked example, 10,000 SGD steps. */
    @Benchmark
    public double a_workedExample_10k_steps() {
        return WorkedExample.train(WorkedExample.network(), 10_000);
    }

    /** (b) 2-8-8-1 tanh on a 500-point spiral, batch 10, η 0.03, 1,000 epochs (loss and accuracy evaluated per epoch). */
    @Benchmark
    public double b_spiral_2881_1000_epochs() {
        Trainer t = new Trainer(spiralNetwork(1), SPIRAL_500, null, Loss.HALF_SQUARED_ERROR, 0.03, 10, 1);
        t.train(1000, () -> false);
        return t.lastResult().loss();
    }

    /** (c) 2-4-1 sigmoid on XOR, per-sample updates, η 0.5, 10,000 epochs (loss and accuracy evaluated per epoch). */
    @Benchmark
    public double c_xor_241_10k_epochs() {
        Network net = Network.builder(2)
                .layer(4, Activation.SIGMOID)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(1);
        Trainer t = new Trainer(net, XOR, null, Loss.HALF_SQUARED_ERROR, 0.5, 1, 1);
        t.train(10_000, () -> false);
        return t.lastResult().loss();
    }

    /** (d) One live frame: one epoch of (b) on 250 points, then a 50×50 decision grid. */
    @Benchmark
    public double d_live_frame() {
        frameTrainer.train(1, () -> false);
        return grid.sample(frameTrainer.network()).values()[1234];
    }
}

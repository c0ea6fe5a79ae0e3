package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class DecisionGridTest {

    @Test
    void grid_cells_hold_the_network_output_at_their_coordinates() {
        Network net = Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(4);
        DecisionGrid g = new DecisionGrid(50, new Range(-6, 6, -5, 5)).sample(net);
        assertEquals(-6, g.xAt(0), 1e-12);
        assertEquals(6, g.xAt(49), 1e-12);
        assertEquals(5, g.yAt(0), 1e-12);
        assertEquals(-5, g.yAt(49), 1e-12);
        for (int row = 0; row < 50; row += 7) {
            for (int col = 0; col < 50; col += 5) {
                assertEquals(net.predict(g.xAt(col), g.yAt(row))[0], g.value(col, row), 1e-15);
            }
        }
    }

    @Test
    void resampling_reuses_the_buffer_without_allocating() {
        Network net = Network.builder(2)
                .layer(8, Activation.TANH)
                .layer(8, Activation.TANH)
                .layer(1, Activation.SIGMOID)
                .build()
                .initialize(4);
        DecisionGrid g = DecisionGrid.over(Datasets.spiral(250, 0, 1), 50);
        double[] buffer = g.values();
        for (int i = 0; i < 200; i++) g.sample(net); // warm up
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20; i++) g.sample(net);
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertSame(buffer, g.values());
        assertTrue(allocated < 20 * 50 * 50, "allocated " + allocated + " bytes for 20 frames");
    }

    @Test
    void perceptron_margin_can_be_sampled_too() {
        Perceptron p = new Perceptron(2, Activation.SIGN, 0.1).setWeights(-1, 1, 1);
        DecisionGrid g = new DecisionGrid(3, new Range(0, 2, 0, 2)).sample(p);
        assertEquals(-1, g.value(0, 2), 1e-15);
        assertEquals(3, g.value(2, 0), 1e-15);
    }

    @Test
    void grid_size_is_bounded() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionGrid(1, new Range(0, 1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new DecisionGrid(201, new Range(0, 1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Range(1, 1, 0, 1));
    }
}

package org.dlf.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    private static final List<IntFunction<Dataset>> GENERATED = List.of(
            n -> Datasets.gaussianBlobs(n, 0.2, 11), n -> Datasets.circle(n, 0.2, 11),
            n -> Datasets.xorQuadrants(n, 0.2, 11), n -> Datasets.spiral(n, 0.2, 11));

    @Test
    void generated_datasets_have_the_requested_size_and_balanced_labels() {
        for (IntFunction<Dataset> g : GENERATED) {
            Dataset d = g.apply(201);
            assertEquals(201, d.size());
            long positives = d.points().stream().filter(p -> p.label() == 1).count();
            assertTrue(positives > 60 && positives < 141, "positives " + positives);
        }
    }

    @Test
    void same_seed_gives_the_same_points_and_another_seed_does_not() {
        assertEquals(
                Datasets.spiral(100, 0.3, 5).points(),
                Datasets.spiral(100, 0.3, 5).points());
        assertEquals(
                Datasets.circle(100, 0.3, 5).points(),
                Datasets.circle(100, 0.3, 5).points());
        assertNotEquals(
                Datasets.gaussianBlobs(100, 0.3, 5).points(),
                Datasets.gaussianBlobs(100, 0.3, 6).points());
    }

    @Test
    void blobs_are_linearly_separable_by_x_plus_y() {
        for (Point p : Datasets.gaussianBlobs(1000, 1.0, 3).points()) {
            assertEquals(p.label() == 1, p.x() + p.y() > 0);
        }
    }

    @Test
    void boolean_tables_have_both_label_styles() {
        Dataset xor = Datasets.xor(LabelStyle.PLUS_MINUS_ONE);
        assertEquals(
                List.of(-1.0, 1.0, 1.0, -1.0),
                xor.points().stream().map(Point::label).toList());
        assertEquals(
                List.of(0.0, 0.0, 0.0, 1.0),
                Datasets.and(LabelStyle.ZERO_ONE).points().stream()
                        .map(Point::label)
                        .toList());
        assertEquals(
                List.of(1.0, 1.0, 1.0, 0.0),
                Datasets.nand(LabelStyle.ZERO_ONE).points().stream()
                        .map(Point::label)
                        .toList());
        assertEquals(
                Datasets.or(LabelStyle.PLUS_MINUS_ONE).points(),
                Datasets.or(LabelStyle.ZERO_ONE)
                        .withLabels(LabelStyle.PLUS_MINUS_ONE)
                        .points());
    }

    @Test
    void split_is_seeded_and_sized() {
        Dataset d = Datasets.circle(100, 0, 1);
        Dataset.Split s = d.split(0.25, 9);
        assertEquals(75, s.train().size());
        assertEquals(25, s.test().size());
        assertEquals(s.test().points(), d.split(0.25, 9).test().points());
        assertNull(d.split(0, 9).test());
    }

    @Test
    void user_points_are_validated() {
        assertEquals(
                "point 1 has label 2.0; expected 0.0 or 1.0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Dataset.of(List.of(new Point(0, 0, 1), new Point(1, 1, 2)), LabelStyle.ZERO_ONE))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dataset.of(List.of(new Point(Double.NaN, 0, 1)), LabelStyle.ZERO_ONE));
        assertThrows(IllegalArgumentException.class, () -> Dataset.of(List.of(), LabelStyle.ZERO_ONE));
        assertThrows(IllegalArgumentException.class, () -> Datasets.spiral(1001, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Datasets.spiral(10, 1.5, 1));
        assertEquals(
                1,
                Dataset.of(List.of(new Point(3, 4, -1)), LabelStyle.PLUS_MINUS_ONE)
                        .size());
    }

    @Test
    void range_covers_all_points() {
        Range r = Datasets.spiral(200, 0, 1).range();
        assertTrue(r.minX() < -4 && r.maxX() > 4 && r.minY() < -4 && r.maxY() > 4);
    }
}

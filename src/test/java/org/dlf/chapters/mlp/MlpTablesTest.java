package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MlpTablesTest {

    private static MlpTrainerModel.Frame frame(int from, int count) {
        double[] epochs = new double[count];
        double[] train = new double[count];
        double[] test = new double[count];
        for (int i = 0; i < count; i++) {
            epochs[i] = from + i;
            train[i] = 1.0 / (from + i);
            test[i] = 2.0 / (from + i);
        }
        return new MlpTrainerModel.Frame(from + count - 1, epochs, train, test, new double[0], null, null, null, false);
    }

    @Test
    void the_table_keeps_the_last_200_charted_epochs_oldest_first() {
        MlpTables tables = new MlpTables();
        for (int from = 1; from <= 250; from += 25) {
            tables.append(frame(from, 25));
        }

        List<List<String>> rows = tables.rows();

        assertThat(rows).hasSize(MlpTables.MAX_ROWS);
        assertThat(rows.getFirst()).containsExactly("51", "0.0196", "0.0392");
        assertThat(rows.getLast()).containsExactly("250", "0.0040", "0.0080");
    }

    @Test
    void a_reset_empties_the_table_and_it_fills_again_from_the_start() {
        MlpTables tables = new MlpTables();
        tables.append(frame(1, 30));
        tables.reset();
        tables.append(frame(7, 2));

        assertThat(tables.rows()).containsExactly(List.of("7", "0.1429", "0.2857"), List.of("8", "0.1250", "0.2500"));
    }
}

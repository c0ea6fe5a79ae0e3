package org.dlf.chapters.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkCsvTest {

    @Test
    void weights_are_one_row_each_with_biases_after_their_neuron() {
        String csv = NetworkCsv.weights(NetworkJsonTest.FILE);
        assertThat(csv.split("\r\n"))
                .startsWith(
                        "layer,neuron,input,kind,value",
                        "1,1,1,weight,0.1",
                        "1,1,2,weight,-0.2",
                        "1,1,,bias,0",
                        "1,2,1,weight,0.000000001")
                .endsWith("2,1,3,weight,2", "2,1,,bias,0.01")
                .hasSize(1 + 3 * 3 + 4);
    }

    @Test
    void the_loss_history_and_the_trace_keep_their_columns_and_quote_text() {
        assertThat(NetworkCsv.lossHistory(NetworkJsonTest.FILE)).isEqualTo("epoch,loss\r\n1,0.69\r\n2,0.5\r\n");
        assertThat(NetworkCsv.trace(NetworkJsonTest.FILE))
                .isEqualTo("step,symbol,value,formula\r\n1,net_h1,0.3775,\"a, \"\"b\"\"\"\r\n");
    }
}

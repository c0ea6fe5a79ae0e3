package org.dlf.chapters.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkJsonTest {

    static final NetworkFile FILE = new NetworkFile(
            "mlp-trainer",
            2,
            List.of(
                    new NetworkFile.Layer(
                            "tanh",
                            new double[][] {{0.1, -0.2}, {1e-9, 3.5}, {-7.25, 0.3333333333333333}},
                            new double[] {0, 0.5, -1}),
                    new NetworkFile.Layer("sigmoid", new double[][] {{0.7, -0.1, 2}}, new double[] {0.01})),
            new NetworkFile.Sample(new double[] {0.05, 0.1}, new double[] {0.99}),
            0.03,
            new NetworkFile.Table(List.of("epoch", "loss"), List.of(new double[] {1, 0.69}, new double[] {2, 0.5})),
            new NetworkFile.Trace(1, List.of(new NetworkFile.Step(1, "net_h1", 0.3775, "a, \"b\""))));

    private static NetworkFile readBack(String json) {
        NetworkJson.Read read = NetworkJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problem()).isNull();
        return read.file();
    }

    private static Problem refused(byte[] bytes) {
        NetworkJson.Read read = NetworkJson.read(bytes);
        assertThat(read.file()).isNull();
        return read.problem();
    }

    private static Problem refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The example file with one part of its text replaced. */
    private static String with(String from, String to) {
        String json = NetworkJson.write(FILE);
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    @Test
    void an_export_reads_back_exactly() {
        String json = NetworkJson.write(FILE);
        assertThat(json).contains("\"format\" : \"dlf-network\"").contains("\"version\" : 1");
        NetworkFile back = readBack(json);
        assertThat(back.widget()).isEqualTo("mlp-trainer");
        assertThat(back.shape()).isEqualTo("2-3-1");
        for (int l = 0; l < 2; l++) {
            assertThat(back.layers().get(l).activation())
                    .isEqualTo(FILE.layers().get(l).activation());
            assertThat(back.layers().get(l).weights())
                    .isDeepEqualTo(FILE.layers().get(l).weights());
            assertThat(back.layers().get(l).biases())
                    .isEqualTo(FILE.layers().get(l).biases());
        }
        assertThat(back.sample().input()).isEqualTo(FILE.sample().input());
        assertThat(back.sample().target()).isEqualTo(FILE.sample().target());
        assertThat(back.learningRate()).isEqualTo(0.03);
        assertThat(NetworkJson.write(back))
                .as("written again, only the parts for people are gone")
                .isEqualTo(NetworkJson.write(
                        new NetworkFile("mlp-trainer", 2, FILE.layers(), FILE.sample(), 0.03, null, null)));
    }

    @Test
    void a_utf8_byte_order_mark_and_unknown_extra_parts_are_accepted() {
        byte[] json = with("\"widget\"", "\"note\" : \"von Hand ergänzt\", \"widget\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        assertThat(NetworkJson.read(bom).file()).isNotNull();
    }

    @Test
    void too_big_empty_and_wrongly_encoded_files_are_refused() {
        byte[] big = (NetworkJson.write(FILE) + " ".repeat(NetworkJson.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertThat(refused(big)).isEqualTo(Problem.of("share.file.too-big", 100));
        assertThat(refused(new byte[0])).isEqualTo(Problem.of("share.file.empty"));
        assertThat(refused(NetworkJson.write(FILE).getBytes(StandardCharsets.UTF_16)))
                .isEqualTo(Problem.of("share.file.encoding"));
        assertThat(refused(NetworkJson.write(FILE).getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(Problem.of("share.file.encoding"));
        assertThat(refused(with("mlp-trainer", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(Problem.of("share.file.encoding"));
    }

    @Test
    void malformed_json_says_where() {
        assertThat(refused("{\n  \"format\": \"dlf-network\",\n  \"version\": 1,\n  oops\n}")
                        .key())
                .isEqualTo("share.file.malformed");
        assertThat(refused("{\n  \"format\": \"dlf-network\",\n  \"version\": 1,\n  oops\n}")
                        .args())
                .containsExactly(4, 3);
        assertThat(refused(with("\"version\" : 1", "\"version\" : 1, \"version\" : 1"))
                        .key())
                .as("a name given twice")
                .isEqualTo("share.file.malformed");
        assertThat(refused(NetworkJson.write(FILE) + "{}").key()).isEqualTo("share.file.malformed");
        assertThat(refused("[1, 2, 3]").key()).isEqualTo("share.file.not-ours");
        assertThat(refused(with("dlf-network", "other")).key()).isEqualTo("share.file.not-ours");
        assertThat(refused(with("\"version\" : 1", "\"version\" : 2")))
                .isEqualTo(Problem.of("share.file.version", "2", 1));
    }

    @Test
    void nan_infinity_and_absurd_values_are_refused_by_where_they_are() {
        assertThat(refused(with("0.7", "NaN")))
                .isEqualTo(Problem.of("share.file.not-finite", "network.layers[1].weights[0][0]"));
        assertThat(refused(with("0.7", "-Infinity")).key()).isEqualTo("share.file.not-finite");
        assertThat(refused(with("0.7", "1e400")).key()).isEqualTo("share.file.not-finite");
        assertThat(refused(with("0.7", "1.5E7")))
                .isEqualTo(Problem.of("share.file.absurd", "network.layers[1].weights[0][0]", "15000000", "1000000"));
        assertThat(refused(with("0.7", "\"0.7\"")))
                .isEqualTo(Problem.of("share.file.not-number", "network.layers[1].weights[0][0]"));
        assertThat(refused(with("\"learningRate\" : 0.03", "\"learningRate\" : null"))
                        .key())
                .isEqualTo("share.file.not-number");
    }

    @Test
    void a_network_of_the_wrong_shape_is_refused() {
        assertThat(refused(with("[ 0.7, -0.1, 2.0 ]", "[ 0.7, -0.1 ]")))
                .isEqualTo(Problem.of("share.file.length", "network.layers[1].weights[0]", 3));
        assertThat(refused(with("\"biases\" : [ 0.01 ]", "\"biases\" : [ 0.01, 0.02 ]")))
                .isEqualTo(Problem.of("share.file.length", "network.layers[1].biases", 1));
        assertThat(refused(with("\"target\" : [ 0.99 ]", "\"target\" : [ 0.99, 0.01 ]")))
                .isEqualTo(Problem.of("share.file.length", "sample.target", 1));
        assertThat(refused(with("\"sigmoid\"", "\"softmax\"")))
                .isEqualTo(Problem.of("share.file.activation", "network.layers[1].activation", "softmax"));
        assertThat(refused(with("\"inputs\" : 2", "\"inputs\" : 0")).key()).isEqualTo("share.file.count");
        assertThat(refused(with("\"inputs\" : 2", "\"inputs\" : 2.5")).key()).isEqualTo("share.file.count");
        assertThat(refused(
                        "{\"format\": \"dlf-network\", \"version\": 1, \"network\": {\"inputs\": 2, \"layers\": []}}"))
                .isEqualTo(Problem.of("share.file.layers", "network.layers", 8));
        assertThat(refused("{\"format\": \"dlf-network\", \"version\": 1}"))
                .isEqualTo(Problem.of("share.file.missing", "network"));
    }
}

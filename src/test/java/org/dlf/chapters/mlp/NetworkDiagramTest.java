package org.dlf.chapters.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dlf.engine.Activation;
import org.junit.jupiter.api.Test;

class NetworkDiagramTest {

    private static String spiralNetwork() {
        MlpTrainerModel model = new MlpTrainerModel();
        model.setDataset(MlpData.Choice.SPIRAL);
        model.apply(model.settings()
                .edit()
                .hiddenLayers(2)
                .neuronsPerLayer(8)
                .activation(Activation.TANH)
                .learningRate(0.03)
                .batchSize(10)
                .noise(0.1));
        model.trainUntil(Long.MAX_VALUE, 5);
        return NetworkDiagram.svg(model.network(), (l, j) -> "neuron " + (j + 1) + " of layer " + (l + 1));
    }

    @Test
    void a_2_8_8_1_diagram_is_under_6_kb_because_styles_live_in_the_stylesheet_and_links_share_paths() {
        String svg = spiralNetwork();

        // re-sent every second while training: 17.7 KB with an inline style on every link and neuron, then
        // 11 KB with a line element per link
        assertThat(svg.length()).isLessThan(6_000);
        assertThat(svg).doesNotContain("style=");
    }

    @Test
    void links_carry_their_sign_as_a_class_and_their_size_as_a_width_and_neurons_are_buttons() {
        String svg = spiralNetwork();

        assertThat(svg.split("M", -1)).hasSize(2 * 8 + 8 * 8 + 8 + 1);
        assertThat(svg).doesNotContain("<line");
        assertThat(svg)
                .containsPattern(
                        "<path class=\"(pos|neg)\" stroke-width=\"\\d+\\.[05]\" d=\"(M\\d+ [\\d.]+L\\d+ [\\d.]+)+\"/>");
        assertThat(svg).contains("<g data-key=\"n-0-1\" tabindex=\"0\" role=\"button\"");
        assertThat(svg).doesNotContain("selected");
        assertThat(svg).contains("aria-label=\"neuron 2 of layer 1\"");
    }

    @Test
    void characters_beyond_latin_1_become_character_references_so_the_markup_stays_one_byte_a_character() {
        String svg = spiralNetwork();
        String chinese = NetworkDiagram.escape("第 1 层 <x₁> & \"y\"");

        // the page keeps the markup as the diagram's state: a Latin-1 string takes half the memory
        assertThat(svg.chars().allMatch(c -> c <= 0xFF)).isTrue();
        assertThat(svg).contains(">x&#8321;</text>").contains(">x&#8322;</text>");
        assertThat(chinese).isEqualTo("&#31532; 1 &#23618; &lt;x&#8321;> &amp; &quot;y&quot;");
    }
}

package org.dlf.chapters.aimap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dlf.content.Language;
import org.junit.jupiter.api.Test;

class AiMlDlMapModelTest {

    private static List<String> labels(MapData.Place place) {
        return MapData.itemsIn(place).stream().map(i -> i.label().zh()).toList();
    }

    @Test
    void the_ten_classic_algorithms_are_nine_in_the_ml_ring_plus_the_neural_network_on_the_boundary() {
        assertEquals(
                List.of("决策树", "随机森林", "逻辑回归", "SVM", "朴素贝叶斯", "K 最近邻", "K 均值", "AdaBoost", "马尔可夫模型"),
                labels(MapData.Place.ML));
        assertEquals(List.of("神经网络"), labels(MapData.Place.BOUNDARY));
    }

    @Test
    void deep_learning_models_include_cnn_dbn_rnn_lstm_and_transformer() {
        assertTrue(labels(MapData.Place.DL).containsAll(List.of("CNN", "DBN", "RNN / LSTM", "Transformer")));
        assertTrue(labels(MapData.Place.AI).contains("专家系统"));
    }

    @Test
    void selecting_the_dl_ring_gives_its_definition() {
        AiMlDlMapModel model = new AiMlDlMapModel();
        assertEquals(Optional.empty(), model.select("ring:dl"));
        MapData.Ring ring = model.selection().ring().orElseThrow();
        assertEquals(MapData.Place.DL, ring.place());
        assertTrue(ring.definition().en().contains("multilayer neural networks"));
        assertTrue(model.selection().item().isEmpty());
    }

    @Test
    void selecting_an_item_gives_its_one_line_explanation() {
        AiMlDlMapModel model = new AiMlDlMapModel();
        assertEquals(Optional.empty(), model.select("item:k-means"));
        assertTrue(model.selection().item().orElseThrow().line().en().contains("unsupervised"));
    }

    @Test
    void unknown_keys_are_refused_and_the_selection_kept() {
        AiMlDlMapModel model = new AiMlDlMapModel();
        model.select("item:svm");
        assertEquals(Optional.of(AiMlDlMapModel.UNKNOWN), model.select("item:nope"));
        assertEquals(Optional.of(AiMlDlMapModel.UNKNOWN), model.select("ring:agi"));
        assertEquals(Optional.of(AiMlDlMapModel.UNKNOWN), model.select(null));
        assertEquals("item:svm", model.key());
    }

    @Test
    void every_ring_and_item_is_a_focusable_button_in_both_drawings() {
        for (int width : new int[] {AiMlDlMap.WIDE, AiMlDlMap.NARROW}) {
            String svg =
                    MapSvg.render(width, "w", Language.EN, "ring:ai", "map").html();
            for (String key : AiMlDlMapModel.keys()) {
                assertTrue(svg.contains("data-key=\"" + key + "\" tabindex=\"0\" role=\"button\""), key);
            }
            assertTrue(svg.contains("class=\"am-ring am-ring-ai selected\""));
        }
        assertEquals(3 + 18, AiMlDlMapModel.keys().size());
    }
}

package org.dlf.chapters.aimap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.junit.jupiter.api.Test;

class AiMlDlMapStateTest {

    @Test
    void every_selection_comes_back_and_an_unknown_one_is_refused() {
        for (String key : AiMlDlMapModel.keys()) {
            AiMlDlMapModel m = new AiMlDlMapModel();
            m.select(key);
            AiMlDlMapModel copy = new AiMlDlMapModel();
            assertThat(AiMlDlMapFactory.CODEC.apply(copy, AiMlDlMapFactory.CODEC.encode(m)))
                    .isEmpty();
            assertThat(copy.key()).isEqualTo(key);
        }
        AiMlDlMapModel m = new AiMlDlMapModel();
        m.select("item:svm");
        assertThat(AiMlDlMapFactory.CODEC.encode(m)).containsExactly(Map.entry("sel", "item.svm"));
        assertThat(AiMlDlMapFactory.CODEC.apply(m, Map.of("sel", "item.quantum")))
                .extracting(Refusal::messageKey)
                .containsExactly("aimap.error.unknown");
        assertThat(m.key()).isEqualTo("item:svm");
    }
}

package org.dlf.chapters.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.junit.jupiter.api.Test;

class HistoryTimelineStateTest {

    @Test
    void the_selected_milestone_and_the_zoom_come_back_and_forged_ones_are_refused() {
        HistoryTimelineModel m = new HistoryTimelineModel();
        m.select("backprop-1986");
        m.setZoom(150);
        Map<String, String> params = HistoryTimelineFactory.CODEC.encode(m);
        assertThat(params).containsExactly(Map.entry("m", "backprop-1986"), Map.entry("zoom", "150"));
        HistoryTimelineModel copy = new HistoryTimelineModel();
        assertThat(HistoryTimelineFactory.CODEC.apply(copy, params)).isEmpty();
        assertThat(copy.selected().id()).isEqualTo("backprop-1986");
        assertThat(copy.zoom()).isEqualTo(150);

        var refused = HistoryTimelineFactory.CODEC.apply(copy, Map.of("m", "moon-1969", "zoom", "175"));
        assertThat(refused)
                .extracting(Refusal::messageKey)
                .containsExactly("timeline.error.unknown", "timeline.error.zoom");
        assertThat(HistoryTimelineFactory.CODEC.encode(copy)).isEqualTo(params);
        assertThat(HistoryTimelineFactory.CODEC.apply(copy, Map.of("m", "<script>")))
                .extracting(Refusal::messageKey)
                .containsExactly("share.error.value");
    }
}

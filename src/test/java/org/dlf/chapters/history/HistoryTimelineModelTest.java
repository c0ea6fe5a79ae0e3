package org.dlf.chapters.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dlf.content.Language;
import org.junit.jupiter.api.Test;

class HistoryTimelineModelTest {

    private final HistoryTimelineModel model = new HistoryTimelineModel();

    private Milestone byId(String id) {
        return model.milestones().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void milestones_run_from_1943_to_2017_in_time_order_in_three_phases() {
        List<Milestone> all = model.milestones();
        assertEquals(1943, all.getFirst().year());
        assertEquals(2017, all.getLast().year());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).year() <= all.get(i).year());
            assertTrue(all.get(i - 1).phase().compareTo(all.get(i).phase()) <= 0);
        }
        for (Milestone m : all) {
            assertTrue(m.year() >= m.phase().from() && m.year() <= m.phase().to(), m.id());
        }
        assertEquals(
                List.of(1943, 1949, 1957, 1960, 1969),
                all.stream()
                        .filter(m -> m.phase() == Milestone.Phase.ORIGINS)
                        .map(Milestone::year)
                        .toList());
    }

    @Test
    void backpropagation_1986_is_credited_to_rumelhart_hinton_and_williams() {
        Milestone bp = byId("backprop-1986");
        assertEquals(1986, bp.year());
        assertTrue(bp.people().en().contains("Rumelhart, Hinton & Williams"));
        assertTrue(bp.people().zh().contains("鲁梅尔哈特"));
        assertEquals(Milestone.Phase.DEVELOPMENT, bp.phase());
    }

    @Test
    void the_26_to_15_percent_imagenet_result_belongs_to_alexnet_not_to_ng_and_dean() {
        Milestone alexnet = byId("alexnet-2012");
        assertTrue(alexnet.people().en().contains("Krizhevsky"));
        assertTrue(alexnet.people().en().contains("Sutskever"));
        assertTrue(alexnet.what().en().contains("15.3%") && alexnet.what().en().contains("26.2%"));
        Milestone brain = byId("google-brain-2012");
        assertTrue(brain.people().en().contains("Andrew Ng"));
        assertTrue(brain.why().en().contains("15.8% accuracy"));
        assertFalse(brain.what().en().contains("26"));
    }

    @Test
    void alphago_zero_plays_only_go_and_the_perceptron_is_1957_1958() {
        assertTrue(byId("alphago-zero-2017").what().en().contains("100:0"));
        assertTrue(byId("alphago-zero-2017").why().en().contains("plays only Go"));
        assertEquals("1957/1958", byId("perceptron-1957").yearLabel());
        assertTrue(byId("mp-1943").people().en().contains("McCulloch"));
    }

    @Test
    void the_winters_end_where_the_revivals_begin_and_the_late_1980s_boom_is_not_shaded() {
        assertEquals(1970, HistoryTimelineModel.WINTERS.get(0).from());
        assertEquals(
                byId("hopfield-1982").year(),
                HistoryTimelineModel.WINTERS.get(0).to());
        assertEquals(1995, HistoryTimelineModel.WINTERS.get(1).from());
        assertEquals(
                byId("pretraining-2006").year(),
                HistoryTimelineModel.WINTERS.get(1).to());
        for (int year = 1995; year < 2006; year++) {
            assertEquals(
                    "second", HistoryTimelineModel.winterAt(year).orElseThrow().key(), "year " + year);
        }
        for (int year = 1982; year < 1995; year++) {
            assertTrue(HistoryTimelineModel.winterAt(year).isEmpty(), "year " + year);
        }
        assertTrue(HistoryTimelineModel.winterAt(2006).isEmpty());
        assertTrue(HistoryTimelineModel.winterAt(byId("lecun-1989").year()).isEmpty());
    }

    @Test
    void widrow_and_hoff_lecun_and_resnet_are_on_the_timeline_and_the_svm_spans_1992_to_1995() {
        assertTrue(byId("adaline-1960").people().en().contains("Widrow"));
        assertTrue(byId("adaline-1960").what().en().contains("LMS"));
        assertEquals(Milestone.Phase.DEVELOPMENT, byId("lecun-1989").phase());
        assertTrue(byId("lecun-1989").people().en().contains("LeCun"));
        assertEquals(2015, byId("resnet-2015").year());
        assertTrue(byId("resnet-2015").what().en().contains("152 layers"));
        Milestone svm = byId("svm-1992");
        assertEquals("1992/1995", svm.yearLabel());
        assertTrue(svm.people().en().contains("Boser") && svm.people().en().contains("Cortes"));
    }

    @Test
    void unknown_ids_and_zooms_are_refused_and_the_state_kept() {
        assertEquals(Optional.empty(), model.select("backprop-1986"));
        assertEquals(Optional.of(HistoryTimelineModel.UNKNOWN), model.select("<script>"));
        assertEquals("backprop-1986", model.selected().id());
        assertEquals(Optional.of(HistoryTimelineModel.BAD_ZOOM), model.setZoom(1000));
        assertEquals(Optional.of(HistoryTimelineModel.BAD_ZOOM), model.setZoom(null));
        assertEquals(100, model.zoom());
        assertEquals(Optional.empty(), model.setZoom(200));
    }

    @Test
    void previous_and_next_stop_at_the_ends() {
        assertFalse(model.hasPrevious());
        assertEquals("mp-1943", model.previous().id());
        assertEquals("hebb-1949", model.next().id());
        model.select("transformer-2017");
        assertFalse(model.hasNext());
        assertEquals("transformer-2017", model.next().id());
        assertEquals(model.milestones().size(), model.position());
    }

    @Test
    void svg_has_a_focusable_button_for_every_milestone_and_labels_do_not_overlap() {
        String svg = TimelineSvg.render(model, Language.ZH, key -> key);
        for (Milestone m : model.milestones()) {
            assertTrue(svg.contains("data-key=\"" + m.id() + "\" tabindex=\"0\" role=\"button\""), m.id());
        }
        assertTrue(svg.contains("aria-label=\"1986 · 反向传播（BP 算法）\""));
        // leaders are drawn before every label (a later leader must not cover an earlier label); the selected
        // milestone's leader is marked
        assertTrue(svg.lastIndexOf("class=\"ht-leader") < svg.indexOf("class=\"ht-hit"));
        assertEquals(1, svg.split("class=\"ht-leader selected\"", -1).length - 1);
        for (Language language : Language.values()) {
            int[] lanes = TimelineSvg.lanes(model.milestones(), language, TimelineSvg.BASE_WIDTH);
            assertEquals(model.milestones().size(), lanes.length);
            assertTrue(java.util.Arrays.stream(lanes).max().orElseThrow() < 8);
        }
        assertTrue(TimelineSvg.x(2017, 720) < 720 && TimelineSvg.x(1943, 720) > 0);
    }
}

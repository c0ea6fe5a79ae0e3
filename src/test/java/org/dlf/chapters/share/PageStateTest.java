package org.dlf.chapters.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageStateTest {

    /** A widget whose one setting is a number from 0 to 10 (start 1). */
    static final class Knob {
        double value = 1;

        Optional<String> set(double v) {
            if (v < 0 || v > 10) {
                return Optional.of("knob.range");
            }
            value = v;
            return Optional.empty();
        }
    }

    static final StateCodec<Knob> CODEC =
            StateFields.<Knob>of().args(0, 10).number("v", "knob.label", k -> k.value, Knob::set);

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.put(pairs[i], List.of(pairs[i + 1]));
        }
        return q;
    }

    private static Knob show(PageState page, String widget) {
        Knob knob = new Knob();
        page.link(widget).restore(CODEC, knob, CODEC.encode(new Knob()));
        return knob;
    }

    @Test
    void each_widget_gets_its_own_namespace_and_foreign_parameters_are_left_alone() {
        PageState page = PageState.of(query("a.v", "3", "b.v", "4", "b~2.v", "5", "utm_source", "mail", "c.v", "9"));
        page.startRender();
        Knob a = show(page, "a");
        Knob b = show(page, "b");
        Knob b2 = show(page, "b");
        assertThat(List.of(a.value, b.value, b2.value)).containsExactly(3.0, 4.0, 5.0);
        List<Refusal> unclaimed = page.unclaimed();
        assertThat(unclaimed).extracting(Refusal::parameter).containsExactly("c.v");
        assertThat(unclaimed.getFirst().messageKey()).isEqualTo("share.error.unknown");
        assertThat(page.query()).containsExactly(Map.entry("a.v", "3"), Map.entry("b.v", "4"), Map.entry("b~2.v", "5"));
    }

    @Test
    void a_forged_value_is_refused_with_the_widgets_own_message_and_changes_nothing() {
        PageState page = PageState.of(query("a.v", "11", "a.w", "1", "b.v", "NaN"));
        page.startRender();
        WidgetLink link = page.link("a");
        Knob a = new Knob();
        link.restore(CODEC, a, CODEC.encode(new Knob()));
        assertThat(a.value).isEqualTo(1);
        assertThat(link.refusals())
                .containsExactly(
                        new Refusal("v", "11", "knob.label", "knob.range", List.of(0, 10)),
                        new Refusal("w", "1", null, "share.error.unknown", List.of()));
        Knob b = new Knob();
        WidgetLink other = page.link("b");
        other.restore(CODEC, b, CODEC.encode(new Knob()));
        assertThat(other.refusals().getFirst().messageKey()).isEqualTo("share.error.value");
        assertThat(page.query())
                .as("the URL is written back without what was refused")
                .isEmpty();
    }

    @Test
    void only_settings_that_differ_from_the_start_go_into_the_url_and_survive_a_new_rendering() {
        PageState page = PageState.empty();
        int[] changes = {0};
        page.onChange(() -> changes[0]++);
        page.startRender();
        WidgetLink link = page.link("a");
        Knob a = new Knob();
        link.restore(CODEC, a, CODEC.encode(new Knob()));
        assertThat(page.query()).isEmpty();
        a.set(2.5);
        link.changed();
        assertThat(changes[0]).isEqualTo(1);
        assertThat(page.query()).containsExactly(Map.entry("a.v", "2.5"));
        assertThat(page.query(link)).containsExactly(Map.entry("a.v", "2.5"));

        page.startRender(); // a language switch makes every widget anew
        Knob again = show(page, "a");
        assertThat(again.value).isEqualTo(2.5);
        assertThat(page.unclaimed()).isEmpty();
    }

    @Test
    void what_a_link_may_carry_is_bounded() {
        PageState tooLong = PageState.of(query("a.v", "1".repeat(PageState.MAX_QUERY)));
        tooLong.startRender();
        assertThat(show(tooLong, "a").value).isEqualTo(1);
        assertThat(tooLong.unclaimed()).extracting(Refusal::messageKey).containsExactly("share.error.too-long");

        Map<String, List<String>> many = new LinkedHashMap<>();
        for (int i = 0; i < PageState.MAX_PARAMETERS + 5; i++) {
            many.put("w" + i + ".v", List.of("2"));
        }
        PageState crowded = PageState.of(many);
        crowded.startRender();
        assertThat(crowded.unclaimed())
                .filteredOn(r -> r.messageKey().equals("share.error.too-many"))
                .hasSize(5);

        PageState odd = PageState.of(query("A.v", "1", "a.v.x", "1", "a.", "1", "a.v", "7"));
        odd.startRender();
        assertThat(show(odd, "a").value).as("malformed names are not ours").isEqualTo(7);
        assertThat(odd.unclaimed()).isEmpty();
    }
}

package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    private static String key(String typed) {
        String clean = DisplayNames.clean(typed);
        assertThat(clean).as("a name in %s", typed).isNotNull();
        return DisplayNames.key(clean);
    }

    @Test
    void the_look_alikes_of_ann_from_the_issue_are_all_ann() {
        String ann = key("Ann");
        assertThat(key("Ann\u200B")).isEqualTo(ann); // zero-width space
        assertThat(key("\u0410nn")).isEqualTo(ann); // Cyrillic А
        assertThat(key("\u202EAnn")).isEqualTo(ann); // right-to-left override
        assertThat(key("A\u200Dn\u2066n\u2069\u202C")).isEqualTo(ann); // joiner, isolate, pop
        assertThat(key("ANN")).isEqualTo(ann);
        assertThat(key("  ann  ")).isEqualTo(ann);
        assertThat(key("\uFF21\uFF4E\uFF4E")).isEqualTo(ann); // full-width Ａｎｎ (NFKC)
        assertThat(key("\u0391nn")).isEqualTo(ann); // Greek Α
        assertThat(key("\u0410\u043F\u043F")).isNotEqualTo(ann); // Cyrillic Апп does not look like Ann
    }

    @Test
    void what_is_shown_is_what_is_compared_without_invisible_or_direction_characters() {
        assertThat(DisplayNames.clean("\u202Enna")).isEqualTo("nna"); // shown as typed, not reversed
        assertThat(DisplayNames.clean("Ann\u200B")).isEqualTo("Ann");
        assertThat(DisplayNames.clean("Li   \u3000 Wei")).isEqualTo("Li Wei");
        assertThat(DisplayNames.clean("\uFB01ona")).isEqualTo("fiona"); // the ligature ﬁ
        assertThat(DisplayNames.clean("李雷")).isEqualTo("李雷");
        assertThat(DisplayNames.clean("Zoë")).isEqualTo("Zoë");
    }

    @Test
    void names_of_nothing_visible_control_characters_or_more_than_forty_characters_are_refused() {
        assertThat(DisplayNames.clean("")).isNull();
        assertThat(DisplayNames.clean("   ")).isNull();
        assertThat(DisplayNames.clean("\u200B\u202E\u3164")).isNull();
        assertThat(DisplayNames.clean("Ann\tLee")).isNull();
        assertThat(DisplayNames.clean("Ann\nLee")).isNull();
        assertThat(DisplayNames.clean("Ann\uD800")).isNull(); // a broken surrogate pair
        assertThat(DisplayNames.clean("x".repeat(40))).hasSize(40);
        assertThat(DisplayNames.clean("x".repeat(41))).isNull();
    }

    @Test
    void different_names_stay_different() {
        assertThat(key("Ann")).isNotEqualTo(key("Anne"));
        assertThat(key("Li Wei")).isNotEqualTo(key("LiWei"));
        assertThat(key("张伟")).isNotEqualTo(key("张玮"));
        assertThat(key("Zoë")).isNotEqualTo(key("Zoe"));
        assertThat(key("がく")).isNotEqualTo(key("かく"));
    }
}

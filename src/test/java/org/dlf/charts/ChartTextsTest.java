package org.dlf.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTextsTest {

    @Test
    void one_point_is_not_one_points_and_chinese_gets_full_width_punctuation() {
        assertThat(ChartTexts.ENGLISH.points(1)).isEqualTo("1 point");
        assertThat(ChartTexts.ENGLISH.points(0)).isEqualTo("no points");
        assertThat(ChartTexts.ENGLISH.points(12)).isEqualTo("12 points");
        ChartTexts zh = ChartTexts.of("键盘", "{0,number,integer} 个点", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.points(3)).isEqualTo("3 个点");
        assertThat(zh.colon()).isEqualTo("：");
        assertThat(zh.comma()).isEqualTo("，");
    }
}

package org.dlf.base.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChapterProgressTest {

    @Test
    void a_badge_shows_solved_of_total_with_a_tick_once_all_are_solved() {
        assertThat(new ChapterProgress.Tally(1, 4).text()).isEqualTo("1/4");
        assertThat(new ChapterProgress.Tally(1, 4).complete()).isFalse();
        assertThat(new ChapterProgress.Tally(5, 5).text()).isEqualTo("✓ 5/5");
        assertThat(new ChapterProgress.Tally(5, 5).complete()).isTrue();
    }

    @Test
    void a_chapter_without_exercises_shows_no_badge() {
        assertThat(new ChapterProgress.Tally(0, 0).shown()).isFalse();
        assertThat(new ChapterProgress.Tally(0, 0).complete()).isFalse();
        assertThat(new ChapterProgress.Tally(0, 3).shown()).isTrue();
    }
}

package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void the_first_failures_are_free_then_the_delay_doubles_up_to_the_cap() {
        ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        assertThat(IntStream.rangeClosed(0, 15)
                        .mapToObj(n -> account.delayAfter(n).toSeconds()))
                .containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L);
        assertThat(account.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(account.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void no_key_is_ever_locked_for_longer_than_five_minutes() {
        for (ThrottlePolicy p :
                new ThrottlePolicy[] {ThrottlePolicy.ACCOUNT, ThrottlePolicy.ADDRESS, ThrottlePolicy.DEVICE})
            for (int n = 0; n < 200; n++) assertThat(p.waitAt(n, T, T)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(SignInThrottle.LONGEST_WAIT).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void the_wait_runs_from_the_last_attempt_and_is_forgotten_after_a_day() {
        ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        assertThat(account.waitAt(8, T, T)).isEqualTo(Duration.ofSeconds(8));
        assertThat(account.waitAt(8, T, T.plusSeconds(5))).isEqualTo(Duration.ofSeconds(3));
        assertThat(account.waitAt(8, T, T.plusSeconds(8))).isZero();
        assertThat(account.waitAt(4, T.plusNanos(500), T)).isZero(); // free attempts never wait
        assertThat(account.failuresAt(8, T, T.plus(Duration.ofHours(23)))).isEqualTo(8);
        assertThat(account.failuresAt(8, T, T.plus(Duration.ofHours(24)))).isZero();
    }

    @Test
    void addresses_and_known_devices_get_more_free_attempts_than_an_account() {
        assertThat(ThrottlePolicy.ADDRESS.delayAfter(19)).isZero();
        assertThat(ThrottlePolicy.ADDRESS.delayAfter(20)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ThrottlePolicy.DEVICE.delayAfter(9)).isZero();
        assertThat(ThrottlePolicy.DEVICE.delayAfter(30)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_policy_that_could_lock_out_for_good_is_refused() {
        assertThatThrownBy(() -> new ThrottlePolicy(3, Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new ThrottlePolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SignInThrottle.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SignInThrottle.seconds(Duration.ofSeconds(2))).isEqualTo(2);
    }
}

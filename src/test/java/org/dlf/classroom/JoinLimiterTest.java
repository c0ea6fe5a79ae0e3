package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JoinLimiterTest {

    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void ten_attempts_a_minute_then_wait_a_minute() {
        TestClock clock = new TestClock();
        JoinLimiter limiter = new JoinLimiter(10, clock);
        for (int i = 0; i < 10; i++) assertThat(limiter.tryAcquire("s")).isTrue();
        assertThat(limiter.tryAcquire("s")).isFalse();
        assertThat(limiter.tryAcquire("other")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(limiter.tryAcquire("s")).isTrue();
    }
}

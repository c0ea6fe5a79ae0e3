package org.dlf.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a key (an account, an address, a known device) must wait before its next sign-in attempt: the
 * first {@code free} failed attempts cost nothing, then the delay starts at {@code first} and doubles with
 * every further failure up to {@code cap}, so a person who mistypes a few times never notices it, a script
 * is slowed to one guess per {@code cap}, and nobody is ever locked out for longer than {@code cap}. A key
 * with no attempt for {@code forget} starts afresh; a successful sign-in resets it at once.
 */
record ThrottlePolicy(int free, Duration first, Duration cap, Duration forget) {

    /** Accounts: any browser that is not a known device of the account. */
    static final ThrottlePolicy ACCOUNT =
            new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24));
    /** Client addresses, all accounts together (a school's NAT may hold several teachers). */
    static final ThrottlePolicy ADDRESS =
            new ThrottlePolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24));
    /** A browser the teacher has signed in with before (its own budget, untouched by others' failures). */
    static final ThrottlePolicy DEVICE =
            new ThrottlePolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(24));

    ThrottlePolicy {
        if (free < 0 || first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || forget.compareTo(cap) < 0)
            throw new IllegalArgumentException("A throttle policy needs free >= 0 and 0 < first <= cap <= forget");
    }

    /** The wait after this many failures since the last success. */
    Duration delayAfter(int failures) {
        if (failures < free) return Duration.ZERO;
        int doublings = failures - free;
        if (doublings >= 31) return cap;
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** The failures that still count at {@code now}: none once the last attempt is {@code forget} old. */
    int failuresAt(int failures, Instant last, Instant now) {
        return Duration.between(last, now).compareTo(forget) >= 0 ? 0 : failures;
    }

    /** How long from {@code now} until the next attempt is allowed (zero: now). */
    Duration waitAt(int failures, Instant last, Instant now) {
        Duration delay = delayAfter(failuresAt(failures, last, now));
        if (delay.isZero()) return Duration.ZERO;
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}

package org.dlf.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The limits on joining, in the database so that every replica counts the same attempts, keyed by client
 * address (never by session: a script that drops its cookie gains nothing):
 *
 * <ul>
 *   <li>Wrong codes (no such class, no such resume code): {@value #WRONG_PER_HOUR} an hour per address. An
 *       address that has spent them is <em>guessing</em>: from then on it may only join the classes
 *       <em>anchored</em> to it (the class's teacher had its dashboard or projector open from that address,
 *       or someone joined it from there), and every other code is refused unseen, right or wrong, so the
 *       refusal tells nothing. A script on a school's network therefore cannot keep that school's class out,
 *       and cannot learn other codes faster than {@value #WRONG_PER_HOUR} guesses an hour.
 *   <li>Right codes: {@value #RIGHT_PER_WINDOW} attempts per class and address in ten minutes (a class of 100
 *       behind one NAT with a few names taken needs about 150), which bounds what a script with the code can
 *       do; it never touches the budget of wrong codes or of another class.
 * </ul>
 *
 * Expected time to guess one code at the allowed rate: 31⁶ = 887,503,681 codes, {@value #WRONG_PER_HOUR}
 * wrong codes an hour (at most twice that across the hour's boundary): with 100 classes open on the server
 * one guess in 8.9 million hits one, about 50 years from one address (docs/deployment.md).
 */
@Component
class JoinLimits {

    static final int WRONG_PER_HOUR = 20;
    static final Duration WRONG_WINDOW = Duration.ofHours(1);
    static final int RIGHT_PER_WINDOW = 300;
    static final Duration RIGHT_WINDOW = Duration.ofMinutes(10);
    static final Duration ANCHOR_KEPT = Duration.ofDays(30);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastCleanup = new AtomicLong();

    JoinLimits(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether the address has spent its wrong codes of this hour. */
    boolean guessing(String address) {
        return count(wrongKey(address), WRONG_WINDOW) >= WRONG_PER_HOUR;
    }

    /** Counts a wrong code from the address. */
    void wrong(String address) {
        increment(wrongKey(address), WRONG_WINDOW);
    }

    /** Counts an attempt with the class's right code; false once the class and address have used theirs. */
    boolean rightCode(long classId, String address) {
        return increment("right:" + classId + ":" + address, RIGHT_WINDOW) <= RIGHT_PER_WINDOW;
    }

    /** Whether the class is anchored to the address (asked for unknown codes too: the same work either way). */
    boolean anchored(long classId, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM class_join_anchor WHERE classroom_id = :c AND address_key = :a"
                                + " AND anchored_at > :since")
                        .param("c", classId)
                        .param("a", address)
                        .param("since", utc(clock.instant().minus(ANCHOR_KEPT)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The class is used from this address (its teacher's pages, a member's join). */
    void anchor(long classId, String address) {
        OffsetDateTime now = utc(clock.instant());
        int updated = jdbc.sql(
                        "UPDATE class_join_anchor SET anchored_at = :at WHERE classroom_id = :c AND address_key = :a")
                .param("at", now)
                .param("c", classId)
                .param("a", address)
                .update();
        if (updated > 0) return;
        try {
            jdbc.sql("INSERT INTO class_join_anchor (classroom_id, address_key, anchored_at) VALUES (:c, :a, :at)")
                    .param("c", classId)
                    .param("a", address)
                    .param("at", now)
                    .update();
        } catch (DataIntegrityViolationException raced) {
            // anchored by another request just now
        }
    }

    private static String wrongKey(String address) {
        return "wrong:" + address;
    }

    /** The attempts counted under the key in the current window. */
    private int count(String key, Duration window) {
        return jdbc.sql("SELECT attempts FROM join_limit WHERE limit_key = :k AND window_start = :w")
                .param("k", key)
                .param("w", windowStart(window))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Counts one attempt in the current window (a new window starts from 1) and returns the count. */
    private int increment(String key, Duration window) {
        cleanUp();
        OffsetDateTime start = windowStart(window);
        for (int tries = 0; tries < 3; tries++) {
            int updated = jdbc.sql("UPDATE join_limit SET attempts = CASE WHEN window_start = :w THEN attempts + 1"
                            + " ELSE 1 END, window_start = :w WHERE limit_key = :k")
                    .param("w", start)
                    .param("k", key)
                    .update();
            if (updated > 0) return count(key, window);
            try {
                jdbc.sql("INSERT INTO join_limit (limit_key, window_start, attempts) VALUES (:k, :w, 1)")
                        .param("k", key)
                        .param("w", start)
                        .update();
                return 1;
            } catch (DataIntegrityViolationException raced) {
                // another replica or request counted the first attempt just now: count on top of it
            }
        }
        throw new IllegalStateException("Could not count a join attempt for " + key);
    }

    private OffsetDateTime windowStart(Duration window) {
        long now = clock.millis();
        return utc(Instant.ofEpochMilli(now - Math.floorMod(now, window.toMillis())));
    }

    /** Forgets finished windows and old anchors (at most every ten minutes, per replica). */
    private void cleanUp() {
        Instant now = clock.instant();
        long last = lastCleanup.get();
        if (now.toEpochMilli() - last < CLEANUP_EVERY.toMillis()
                || !lastCleanup.compareAndSet(last, now.toEpochMilli())) return;
        jdbc.sql("DELETE FROM join_limit WHERE window_start < :before")
                .param("before", utc(now.minus(WRONG_WINDOW)))
                .update();
        jdbc.sql("DELETE FROM class_join_anchor WHERE anchored_at < :before")
                .param("before", utc(now.minus(ANCHOR_KEPT)))
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}

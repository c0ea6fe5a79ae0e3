package org.dlf.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teacher sign-in throttling, kept in the database so that all replicas share it. An attempt from an
 * ordinary browser is counted against the account and against the client address (each with its own
 * {@link ThrottlePolicy}); an attempt from a browser the teacher has signed in with before (a known device)
 * only against that device, so failures elsewhere never lock a teacher out of their own device. Every
 * attempt is counted before the password is checked (parallel requests cannot slip through), and a
 * successful sign-in resets its account, address and device.
 */
@Service
public class SignInThrottle {

    /** The longest any sign-in has to wait. */
    public static final Duration LONGEST_WAIT = Stream.of(
                    ThrottlePolicy.ACCOUNT, ThrottlePolicy.ADDRESS, ThrottlePolicy.DEVICE)
            .map(ThrottlePolicy::cap)
            .max(Comparator.naturalOrder())
            .orElseThrow();

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicLong lastCleanup = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Counts an attempt and says whether it may go ahead now; zero means yes, otherwise how long to wait
     * (then nothing is counted). {@code device} is the known device's token hash, or null.
     */
    Duration attempt(String username, String address, @Nullable String device) {
        Instant now = now();
        cleanUp(now);
        Map<String, ThrottlePolicy> keys = keys(username, address, device);
        keys.keySet().forEach(key -> ensureRow(key, now));
        Duration wait = tx.execute(s -> {
            Duration longest = Duration.ZERO;
            Map<String, Integer> counted = new TreeMap<>();
            for (var key : keys.entrySet()) { // in key order, so that two attempts never wait for each other's locks
                Row row = row(key.getKey(), " FOR UPDATE").orElseThrow();
                Duration w = key.getValue().waitAt(row.failures(), row.last(), now);
                if (w.compareTo(longest) > 0) longest = w;
                counted.put(key.getKey(), key.getValue().failuresAt(row.failures(), row.last(), now));
            }
            if (!longest.isZero()) return longest;
            counted.forEach((key, failures) -> jdbc.sql(
                            "UPDATE sign_in_throttle SET failures = :f, last_attempt_at = :at WHERE throttle_key = :k")
                    .param("f", failures + 1)
                    .param("at", utc(now))
                    .param("k", key)
                    .update());
            return Duration.ZERO;
        });
        if (!wait.isZero()) report(now);
        return wait;
    }

    /** How long the next attempt would have to wait (shown after a failed one); nothing is counted. */
    Duration nextWait(String username, String address, @Nullable String device) {
        Instant now = now();
        Duration longest = Duration.ZERO;
        for (var key : keys(username, address, device).entrySet()) {
            Optional<Row> row = row(key.getKey(), "");
            if (row.isEmpty()) continue;
            Duration w = key.getValue().waitAt(row.get().failures(), row.get().last(), now);
            if (w.compareTo(longest) > 0) longest = w;
        }
        return longest;
    }

    private Optional<Row> row(String key, String lock) {
        return jdbc.sql("SELECT failures, last_attempt_at FROM sign_in_throttle WHERE throttle_key = :k" + lock)
                .param("k", key)
                .query((rs, n) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** A successful sign-in: its account, address and device start afresh. */
    void succeeded(String username, String address, @Nullable String device) {
        for (String key : keys(username, address, null).keySet())
            jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :k")
                    .param("k", key)
                    .update();
        if (device != null)
            jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :k")
                    .param("k", deviceKey(device))
                    .update();
    }

    /** Milliseconds, as the database keeps them (H2 would round finer times up, into the future). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whole seconds to show for a wait (never 0 for a wait that is not over). */
    static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    private static Map<String, ThrottlePolicy> keys(String username, String address, @Nullable String device) {
        Map<String, ThrottlePolicy> keys = new TreeMap<>();
        if (device != null) {
            keys.put(deviceKey(device), ThrottlePolicy.DEVICE);
            return keys;
        }
        String account = username.strip().toLowerCase(Locale.ROOT);
        keys.put("account:" + (account.length() > 100 ? account.substring(0, 100) : account), ThrottlePolicy.ACCOUNT);
        keys.put("address:" + ClientAddress.key(address), ThrottlePolicy.ADDRESS);
        return keys;
    }

    private static String deviceKey(String device) {
        return "device:" + device;
    }

    private void ensureRow(String key, Instant now) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) return;
        try {
            jdbc.sql("INSERT INTO sign_in_throttle (throttle_key, failures, last_attempt_at) VALUES (:k, 0, :at)")
                    .param("k", key)
                    .param("at", utc(now))
                    .update();
        } catch (DataIntegrityViolationException raced) {
            // another attempt with the same key inserted it a moment ago
        }
    }

    /** Tells the operator that sign-ins are being refused (at most once a minute, with the count). */
    private void report(Instant now) {
        long count = refused.incrementAndGet();
        long last = lastReport.get();
        if (now.toEpochMilli() - last >= 60_000 && lastReport.compareAndSet(last, now.toEpochMilli())) {
            refused.addAndGet(-count);
            LOG.warn(
                    "Sign-in throttling refused {} attempt(s) since the last report: someone keeps failing to sign in",
                    count);
        }
    }

    /** Forgets keys idle for longer than any policy remembers (at most every ten minutes, per replica). */
    private void cleanUp(Instant now) {
        long last = lastCleanup.get();
        if (now.toEpochMilli() - last < CLEANUP_EVERY.toMillis()
                || !lastCleanup.compareAndSet(last, now.toEpochMilli())) return;
        jdbc.sql("DELETE FROM sign_in_throttle WHERE last_attempt_at < :before")
                .param("before", utc(now.minus(ThrottlePolicy.ADDRESS.forget())))
                .update();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private record Row(int failures, Instant last) {}
}

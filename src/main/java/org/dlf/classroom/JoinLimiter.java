package org.dlf.classroom;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Join attempts per key in a sliding minute: at most {@code perMinute}. The service keeps one per session
 * (10) and one per IP address (larger: a whole class may share one address behind a school's NAT).
 */
final class JoinLimiter {

    private static final long MINUTE = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    JoinLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts an attempt; false when the key has used up its attempts of the last minute. */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        if (recent.size() > 10_000) recent.values().removeIf(d -> d.isEmpty() || d.peekLast() < now - MINUTE);
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) times.pollFirst();
            if (times.size() >= perMinute) return false;
            times.addLast(now);
            return true;
        }
    }
}

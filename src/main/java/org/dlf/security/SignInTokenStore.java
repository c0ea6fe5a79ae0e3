package org.dlf.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sign-in tokens of V9 in plain SQL (H2 and PostgreSQL): a token's SHA-256, its teacher, its last use. */
@Component
class SignInTokenStore {

    private final JdbcClient jdbc;

    SignInTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String hash, String teacher, Instant now) {
        jdbc.sql("INSERT INTO sign_in_token (token_hash, teacher_id, created_at, last_used_at)"
                        + " SELECT :hash, id, :now, :now FROM teacher WHERE username = :teacher")
                .param("hash", hash)
                .param("now", utc(now))
                .param("teacher", teacher)
                .update();
    }

    /** The teacher (user name) of a token that was used at or after {@code since}. */
    Optional<String> teacher(String hash, Instant since) {
        return jdbc.sql("SELECT t.username FROM sign_in_token s JOIN teacher t ON t.id = s.teacher_id"
                        + " WHERE s.token_hash = :hash AND s.last_used_at >= :since")
                .param("hash", hash)
                .param("since", utc(since))
                .query(String.class)
                .optional();
    }

    void touch(String hash, Instant now) {
        jdbc.sql("UPDATE sign_in_token SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", utc(now))
                .param("hash", hash)
                .update();
    }

    void remove(String hash) {
        jdbc.sql("DELETE FROM sign_in_token WHERE token_hash = :hash")
                .param("hash", hash)
                .update();
    }

    void removeAllOf(String teacher) {
        jdbc.sql("DELETE FROM sign_in_token WHERE teacher_id IN (SELECT id FROM teacher WHERE username = :teacher)")
                .param("teacher", teacher)
                .update();
    }

    void removeUnusedSince(Instant cutoff) {
        jdbc.sql("DELETE FROM sign_in_token WHERE last_used_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

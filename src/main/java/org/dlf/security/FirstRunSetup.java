package org.dlf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first-run setup page's rules: open only while no teacher account exists and none is configured
 * ({@code DLF_TEACHER_USERNAME}); it needs the one-time setup token printed in the server log (or set as
 * {@code DLF_SETUP_TOKEN}), so that a stranger on the network cannot claim a fresh server first; and it
 * closes for good once a teacher exists. The claim row and the account are written in one transaction, so
 * concurrent submissions create at most one account.
 */
@Service
public class FirstRunSetup {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final TeacherAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean configured;
    private final String token;
    private volatile boolean closed;

    FirstRunSetup(
            TeacherAccounts accounts,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${dlf.teacher.username:}") String configuredTeacher,
            @Value("${dlf.setup.token:}") String token) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.configured = !configuredTeacher.isBlank();
        this.token = token.isBlank() ? freshToken() : token.strip();
    }

    /** Whether the setup page may create the first teacher now (once false, false for good). */
    public boolean open() {
        if (closed) return false;
        if (configured || !accounts.none() || claimed()) closed = true;
        return !closed;
    }

    /** The token to type on the page, as the log shows it (groups of four). */
    String token() {
        return token;
    }

    /**
     * Creates the first teacher account; refused with {@link AccountException} when setup is closed, the
     * token is wrong or the account breaks the rules (in that order of checking).
     */
    public Teacher createFirstTeacher(String typedToken, String username, String password, String confirmation) {
        if (!open()) throw new AccountException(AccountProblem.SETUP_CLOSED);
        if (!tokenMatches(typedToken)) throw new AccountException(AccountProblem.SETUP_TOKEN);
        String name = AccountRules.username(username);
        AccountRules.password(password, confirmation);
        try {
            Teacher teacher = tx.execute(s -> {
                jdbc.sql("INSERT INTO first_run_setup (id, teacher, claimed_at) VALUES (1, :teacher, :at)")
                        .param("teacher", name)
                        .param("at", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                        .update();
                if (!accounts.none()) throw new AccountException(AccountProblem.SETUP_CLOSED);
                return accounts.create(name, password);
            });
            closed = true;
            return teacher;
        } catch (DataAccessException raced) {
            // another visitor's setup holds or has taken the claim row (duplicate key or lock timeout)
            if (open()) throw raced;
            throw new AccountException(AccountProblem.SETUP_CLOSED);
        }
    }

    private boolean claimed() {
        return jdbc.sql("SELECT COUNT(*) FROM first_run_setup")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean tokenMatches(String typed) {
        return MessageDigest.isEqual(
                normal(typed).getBytes(StandardCharsets.UTF_8), normal(token).getBytes(StandardCharsets.UTF_8));
    }

    private static String normal(String token) {
        return token.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** 12 characters from 31 unambiguous ones (about 59 bits), shown as XXXX-XXXX-XXXX. */
    static String freshToken() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) out.append('-');
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}

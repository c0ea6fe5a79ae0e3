package org.dlf.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The rules every teacher account follows, however it is made (configuration, setup page, another
 * teacher): a user name of 3–60 letters, digits and {@code . _ - @}; a password of at least 12 characters
 * and at most 72 bytes (bcrypt ignores what comes after), typed twice where a person types it.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_USERNAME = 60;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3," + MAX_USERNAME + "}");

    private AccountRules() {}

    /** The user name as stored (surrounding spaces removed); throws when it breaks the rules. */
    static String username(String typed) {
        String name = typed.strip();
        if (!USERNAME.matcher(name).matches()) throw new AccountException(AccountProblem.USERNAME_FORMAT);
        return name;
    }

    static void password(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD)
            throw new AccountException(AccountProblem.PASSWORD_SHORT);
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES)
            throw new AccountException(AccountProblem.PASSWORD_LONG);
    }

    static void password(String password, String confirmation) {
        password(password);
        if (!password.equals(confirmation)) throw new AccountException(AccountProblem.PASSWORD_MISMATCH);
    }
}

package org.dlf.security;

import java.util.Locale;

/** Why an account change was refused; the pages show {@code security.problem.<key>} in the UI language. */
public enum AccountProblem {
    USERNAME_FORMAT,
    USERNAME_TAKEN,
    PASSWORD_SHORT,
    PASSWORD_LONG,
    PASSWORD_MISMATCH,
    PASSWORD_WRONG,
    SETUP_TOKEN,
    SETUP_CLOSED;

    public String key() {
        return "security.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

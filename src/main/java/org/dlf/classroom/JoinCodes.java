package org.dlf.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The codes of classroom mode, drawn with SecureRandom from 31 characters that cannot be mistaken for each
 * other (no 0/O, 1/I/L). A class's join code has 6 (31⁶ ≈ 887 million codes; see {@link JoinLimits} for why
 * guessing one is hopeless); a member's personal resume code has 12 (31¹² ≈ 7.9·10¹⁷, about 59 bits, shown
 * as ABCD-EFGH-JKMN), enough that guessing one is hopeless at any rate the server could answer.
 */
final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    static final int RESUME_LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    /** A new join code. */
    String next() {
        return next(LENGTH);
    }

    /** A new resume code (without its dashes). */
    String nextResume() {
        return next(RESUME_LENGTH);
    }

    private String next(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }

    /** What a person typed, as a code: upper case, spaces and dashes removed. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean wellFormed(String code) {
        return wellFormed(code, LENGTH);
    }

    static boolean wellFormedResume(String code) {
        return wellFormed(code, RESUME_LENGTH);
    }

    private static boolean wellFormed(String code, int length) {
        if (code.length() != length) return false;
        for (char c : code.toCharArray()) if (ALPHABET.indexOf(c) < 0) return false;
        return true;
    }

    /** A resume code as people read and copy it: ABCD-EFGH-JKMN. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }
}

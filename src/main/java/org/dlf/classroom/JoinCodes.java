package org.dlf.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: 6 characters from 31 that cannot be mistaken for each other (no 0/O, 1/I/L), about 887
 * million codes, drawn with SecureRandom; joining is rate-limited, so guessing one is hopeless.
 */
final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }

    /** What a person typed, as a code: upper case, spaces and dashes removed. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean wellFormed(String code) {
        if (code.length() != LENGTH) return false;
        for (char c : code.toCharArray()) if (ALPHABET.indexOf(c) < 0) return false;
        return true;
    }
}

package org.dlf.chapters.share;

import java.util.List;

/** Why a file or value was refused: a message key and its arguments. */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}

package org.dlf.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural checks of a LaTeX formula that need no browser: balanced braces, matching
 * {@code \begin}/{@code \end} and {@code \left}/{@code \right}. KaTeX itself renders every formula in
 * the build's browser test; this catches the common slips at start-up.
 */
final class TexLint {

    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{([a-zA-Z*]+)}");
    private static final Pattern LEFT = Pattern.compile("\\\\left(?![a-zA-Z])");
    private static final Pattern RIGHT = Pattern.compile("\\\\right(?![a-zA-Z])");

    private TexLint() {}

    /** The first problem found, or empty when the formula is well formed. */
    static Optional<String> check(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    return Optional.of("'}' without a matching '{'");
                }
            }
        }
        if (depth > 0) {
            return Optional.of(depth + " '{' never closed");
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher env = ENVIRONMENT.matcher(tex);
        while (env.find()) {
            if (env.group(1).equals("begin")) {
                open.push(env.group(2));
            } else if (open.isEmpty() || !open.pop().equals(env.group(2))) {
                return Optional.of("\\end{" + env.group(2) + "} does not match a \\begin");
            }
        }
        if (!open.isEmpty()) {
            return Optional.of("\\begin{" + open.peek() + "} is never ended");
        }
        long lefts = LEFT.matcher(tex).results().count();
        long rights = RIGHT.matcher(tex).results().count();
        if (lefts != rights) {
            return Optional.of("\\left and \\right do not pair up (" + lefts + " vs " + rights + ")");
        }
        return Optional.empty();
    }
}

package org.dlf.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes LaTeX out of markdown before the markdown parser sees it, and puts it back as {@code <dlf-math>}
 * elements afterwards. CommonMark would otherwise eat {@code \,}, {@code \\}, {@code _} and {@code *}.
 *
 * <p>{@code $$...$$} is display math (may span lines), {@code $...$} inline math (one line). Code spans,
 * fenced blocks and {@code \$} are left alone.
 */
final class MathProtector {

    private static final Pattern TOKEN = Pattern.compile("DLFMATH(\\d+)X");
    private static final Pattern DISPLAY_PARAGRAPH = Pattern.compile("<p>DLFMATH(\\d+)X</p>");

    /** One formula taken out of the text. */
    record Formula(String tex, boolean display, int line) {}

    private final List<Formula> formulas = new ArrayList<>();

    List<Formula> formulas() {
        return formulas;
    }

    /** Replaces every formula in {@code markdown} by a token; unbalanced dollars are reported. */
    String protect(String markdown, String file, List<String> problems) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
        String fence = "";
        StringBuilder display = null;
        int displayStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (display == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                String marker = trimmed.substring(0, 3);
                if (!inFence) {
                    inFence = true;
                    fence = marker;
                } else if (closesFence(trimmed, fence)) {
                    inFence = false;
                }
                out.append(line).append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (display != null) {
                int close = line.indexOf("$$");
                if (close < 0) {
                    display.append(line).append('\n');
                    continue;
                }
                display.append(line, 0, close);
                out.append(token(display.toString().strip(), true, displayStart, true));
                display = null;
                out.append(protectLine(line.substring(close + 2), file, i + 1, problems))
                        .append('\n');
                continue;
            }
            if (trimmed.startsWith("$$")) {
                String rest = trimmed.substring(2);
                int close = rest.indexOf("$$");
                if (close >= 0) {
                    out.append(line, 0, line.length() - trimmed.length());
                    out.append(token(rest.substring(0, close).strip(), true, i + 1, true));
                    out.append(protectLine(rest.substring(close + 2), file, i + 1, problems))
                            .append('\n');
                } else {
                    display = new StringBuilder(rest).append('\n');
                    displayStart = i + 1;
                }
                continue;
            }
            out.append(protectLine(line, file, i + 1, problems)).append('\n');
        }
        if (display != null) {
            problems.add(file + ":" + displayStart + ": display math '$$' is never closed");
        }
        out.setLength(Math.max(0, out.length() - 1));
        return out.toString();
    }

    private static boolean closesFence(String trimmed, String fence) {
        String t = trimmed.strip();
        return t.startsWith(fence) && t.chars().allMatch(c -> c == fence.charAt(0));
    }

    private String protectLine(String line, String file, int lineNo, List<String> problems) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                out.append(c).append(line.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int ticks = 0;
                while (i + ticks < line.length() && line.charAt(i + ticks) == '`') {
                    ticks++;
                }
                int close = line.indexOf("`".repeat(ticks), i + ticks);
                int end = close < 0 ? i + ticks : close + ticks;
                out.append(line, i, end);
                i = end;
            } else if (c == '$') {
                boolean displayInline = line.startsWith("$$", i);
                String delimiter = displayInline ? "$$" : "$";
                int close = findClosing(line, i + delimiter.length(), delimiter);
                if (close < 0) {
                    problems.add(file + ":" + lineNo + ": '" + delimiter + "' opens a formula that is never closed "
                            + "(write \\$ for a dollar sign)");
                    out.append(line.substring(i));
                    break;
                }
                String tex = line.substring(i + delimiter.length(), close);
                if (tex.isBlank()) {
                    problems.add(file + ":" + lineNo + ": empty formula");
                }
                out.append(token(tex.strip(), displayInline, lineNo, false));
                i = close + delimiter.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int findClosing(String line, int from, String delimiter) {
        for (int j = from; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\') {
                j++;
            } else if (line.startsWith(delimiter, j)) {
                return j;
            }
        }
        return -1;
    }

    private String token(String tex, boolean display, int line, boolean ownParagraph) {
        formulas.add(new Formula(tex, display, line));
        String token = "DLFMATH" + (formulas.size() - 1) + "X";
        return ownParagraph ? "\n\n" + token + "\n\n" : token;
    }

    /** Puts the formulas back into rendered HTML as {@code <dlf-math>} elements. */
    String restore(String html) {
        String withDisplay = DISPLAY_PARAGRAPH
                .matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(element(formulas.get(Integer.parseInt(m.group(1))), true)));
        return TOKEN.matcher(withDisplay).replaceAll(m -> {
            Formula f = formulas.get(Integer.parseInt(m.group(1)));
            return Matcher.quoteReplacement(element(f, false));
        });
    }

    private static String element(Formula formula, boolean block) {
        String tex = escapeAttribute(formula.tex());
        if (block) {
            return "<div class=\"math-display\"><dlf-math display tex=\"" + tex + "\"></dlf-math></div>";
        }
        return formula.display()
                ? "<span class=\"math-display\"><dlf-math display tex=\"" + tex + "\"></dlf-math></span>"
                : "<dlf-math tex=\"" + tex + "\"></dlf-math>";
    }

    static String escapeAttribute(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}

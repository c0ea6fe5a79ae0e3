package org.dlf.classroom;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Display names in a class: what is shown, and the key that must be unique in the class. Both are NFKC
 * (full-width, ligature and other compatibility forms become plain letters) without the invisible and
 * bidirectional control characters (zero-width spaces, joiners, direction overrides: Unicode's default
 * ignorable code points), with runs of spaces made one space; so the dashboard shows what is compared.
 * The key also folds case and letters that look like Latin ones ({@link #LOOK_ALIKES}: Cyrillic and Greek),
 * so "Ann", "ANN", "Ann" with a zero-width space, "Аnn" with a Cyrillic А and "Ann" with a right-to-left
 * override are one name.
 */
final class DisplayNames {

    static final int MAX_LENGTH = 40;

    /**
     * Cyrillic and Greek letters that look like Latin ones in common fonts, upper and lower case apart (the
     * Cyrillic В looks like B, its small в does not look like b). Applied before case folding. Sources:
     * Unicode's confusables.txt, restricted to letters a name in a class could be forged with.
     */
    static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic capitals
            Map.entry('А', 'A'),
            Map.entry('В', 'B'),
            Map.entry('Е', 'E'),
            Map.entry('Ё', 'Ë'),
            Map.entry('І', 'I'),
            Map.entry('Ї', 'Ï'),
            Map.entry('Ј', 'J'),
            Map.entry('К', 'K'),
            Map.entry('М', 'M'),
            Map.entry('Н', 'H'),
            Map.entry('О', 'O'),
            Map.entry('Р', 'P'),
            Map.entry('С', 'C'),
            Map.entry('Т', 'T'),
            Map.entry('У', 'Y'),
            Map.entry('Х', 'X'),
            Map.entry('Ѕ', 'S'),
            Map.entry('Һ', 'H'),
            Map.entry('Ӏ', 'I'),
            Map.entry('Ү', 'Y'),
            Map.entry('Ԛ', 'Q'),
            Map.entry('Ԝ', 'W'),
            // Cyrillic small letters
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('ё', 'ë'),
            Map.entry('і', 'i'),
            Map.entry('ї', 'ï'),
            Map.entry('ј', 'j'),
            Map.entry('к', 'k'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('ѕ', 's'),
            Map.entry('һ', 'h'),
            Map.entry('ӏ', 'l'),
            Map.entry('ү', 'y'),
            Map.entry('ԁ', 'd'),
            Map.entry('ԛ', 'q'),
            Map.entry('ԝ', 'w'),
            // Greek capitals
            Map.entry('Α', 'A'),
            Map.entry('Β', 'B'),
            Map.entry('Ε', 'E'),
            Map.entry('Ζ', 'Z'),
            Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'),
            Map.entry('Κ', 'K'),
            Map.entry('Μ', 'M'),
            Map.entry('Ν', 'N'),
            Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'),
            Map.entry('Τ', 'T'),
            Map.entry('Υ', 'Y'),
            Map.entry('Χ', 'X'),
            Map.entry('Ϲ', 'C'),
            Map.entry('Ϳ', 'J'),
            // Greek small letters
            Map.entry('α', 'a'),
            Map.entry('ι', 'i'),
            Map.entry('κ', 'k'),
            Map.entry('ν', 'v'),
            Map.entry('ο', 'o'),
            Map.entry('ρ', 'p'),
            Map.entry('υ', 'u'),
            Map.entry('χ', 'x'),
            Map.entry('ϲ', 'c'),
            Map.entry('ϳ', 'j'),
            Map.entry('γ', 'y'),
            // Latin letters that case folding would not bring together
            Map.entry('ı', 'i'));

    private DisplayNames() {}

    /**
     * The name as it is kept and shown, or null when nothing sensible is left: empty, longer than
     * {@link #MAX_LENGTH}, or with control characters (tabs, line breaks) or broken characters in it.
     */
    static @Nullable String clean(String typed) {
        String normal = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        boolean space = false;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (ignorable(c)) continue;
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED) return null;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(c);
        }
        String name = out.toString();
        return name.isEmpty() || name.length() > MAX_LENGTH ? null : name;
    }

    /** The key two names of a class must not share: the cleaned name with look-alikes and case folded. */
    static String key(String cleanName) {
        StringBuilder out = new StringBuilder(cleanName.length());
        for (char c : cleanName.toCharArray()) out.append(LOOK_ALIKES.getOrDefault(c, c));
        return out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): invisible characters such as the
     * soft hyphen, zero-width space and joiners, the bidirectional marks, embeddings, overrides and isolates,
     * the Hangul fillers, variation selectors and tags.
     */
    static boolean ignorable(int c) {
        return c == 0x00AD
                || c == 0x034F
                || c == 0x061C
                || (c >= 0x115F && c <= 0x1160)
                || (c >= 0x17B4 && c <= 0x17B5)
                || (c >= 0x180B && c <= 0x180F)
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x206F)
                || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFEFF
                || c == 0xFFA0
                || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0x1BCA0 && c <= 0x1BCA3)
                || (c >= 0x1D173 && c <= 0x1D17A)
                || (c >= 0xE0000 && c <= 0xE0FFF);
    }
}

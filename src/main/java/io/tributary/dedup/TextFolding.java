package io.tributary.dedup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of text, shared by de-duplication and topic matching so that both see the
 * same words: Unicode NFD with combining marks dropped (so {@code Tehrān} reads {@code tehran} and
 * Arabic short vowels and hamza carriers vanish), case folded, and the letters that Persian and
 * Arabic keyboards type differently unified (Arabic yeh and kaf to their Persian forms), with
 * tatweel and zero-width joiners removed. The result is for comparing only, never for showing.
 */
public final class TextFolding {
    /** Non-spacing and enclosing marks; spacing marks (e.g. Devanagari vowel signs) carry meaning. */
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Me}]+");
    /** Tatweel (kashida), zero-width non-joiner and joiner: typing habits, not letters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u0640\\u200C\\u200D]");

    private TextFolding() {
    }

    /** The folded form of {@code text}; folding a folded text changes nothing. */
    public static String fold(String text) {
        // Fast paths (issue 4: folding ran three times per entry and was a tenth of the poll's CPU):
        // ASCII text folds to its lower case, and text made only of characters whose folding does
        // not depend on their neighbours folds character by character from a table. Both give
        // exactly what the full algorithm gives; FoldingTable says why, TextFoldingTest checks it.
        int i = 0;
        int length = text.length();
        while (i < length && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == length) {
            return asciiLowerCase(text);
        }
        String folded = FoldingTable.fold(text, i);
        return folded != null ? folded : foldFully(text);
    }

    /** The algorithm itself, for any text; also how {@link FoldingTable} is made. */
    static String foldFully(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = INVISIBLE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        // upper then lower approximates Unicode case folding: "Straße" and "STRASSE" meet as "strasse"
        String folded = unmarked.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return folded.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9');
    }

    private static String asciiLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /** Whether {@code c} belongs to a word in folded text: a letter, mark or digit of any script. */
    public static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}

package io.tributary.dedup;

import java.text.Normalizer;
import java.util.Locale;

/**
 * {@link TextFolding#fold} one character at a time, for text where that gives the same result as
 * folding the whole text: built once by folding each character on its own, step by step as the
 * full algorithm does.
 *
 * <p>Why per character is the same as the whole, for the characters marked context-free here:
 * NFD decomposes each character on its own and then only reorders runs of combining marks; every
 * combining mark a context-free character decomposes to is one that folding removes, so their
 * order never shows. Removing marks and invisible characters, upper-casing, and the Arabic letter
 * mappings work per character; lower-casing does too in {@code Locale.ROOT}, except for the Greek
 * capital sigma (final or not depends on the next letter), so every character whose upper case
 * holds a sigma is left to the full algorithm, as are surrogates and combining characters whose
 * order matters. A text holding any character not marked context-free is folded whole.
 */
final class FoldingTable {
    /** A combining mark with the lowest non-zero combining class: anything NFD moves before it is a non-starter. */
    private static final String LOWEST_MARK = "\u0334";
    /**
     * The ranges the table covers, as [start, end) pairs: Latin, Greek, Cyrillic, Armenian, Hebrew,
     * Arabic; Vietnamese; general punctuation (curly quotes, dashes, the ellipsis, joiners); CJK
     * punctuation and kana. A few thousand characters build in milliseconds; the whole plane took
     * a third of a second at start-up. Text with other characters is folded whole, as before.
     */
    private static final int[] RANGES = {0x80, 0x800, 0x1E00, 0x1F00, 0x2000, 0x2070, 0x3000, 0x3100};
    static final int TABLE_END = 0x3100;
    /** CJK unified ideographs fold to themselves: no decomposition, no case (checked by TextFoldingTest). */
    static final char IDEOGRAPHS_START = '\u4E00';
    static final char IDEOGRAPHS_END = '\u9FFF';
    /** Per character: its folded form, or null when it must be folded with its neighbours. */
    private static final String[] FOLDED = build();

    private FoldingTable() {
    }

    /**
     * The folded text, or null when it holds a character that must be folded whole.
     *
     * @param asciiPrefix how many leading characters are known to be ASCII
     */
    static String fold(String text, int asciiPrefix) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < asciiPrefix; i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        for (int i = asciiPrefix; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                continue;
            }
            if (c >= IDEOGRAPHS_START && c <= IDEOGRAPHS_END) {
                out.append(c);
                continue;
            }
            String folded = c < TABLE_END ? FOLDED[c] : null;
            if (folded == null) {
                return null;
            }
            out.append(folded);
        }
        return out.toString();
    }

    private static String[] build() {
        String[] table = new String[TABLE_END];
        for (int r = 0; r < RANGES.length; r += 2) {
            for (int c = RANGES[r]; c < RANGES[r + 1]; c++) {
                table[c] = foldAlone((char) c);
            }
        }
        return table;
    }

    /**
     * The character folded on its own, as {@link TextFolding#foldFully} does it step by step, or
     * null when its folding may depend on its neighbours.
     */
    static String foldAlone(char c) {
        if (Character.isSurrogate(c)) {
            return null;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue; // removed whatever its place
            }
            if (Character.isSurrogate(d) || type == Character.COMBINING_SPACING_MARK && !isStarter(d)) {
                return null; // a kept combining character: its place among others would matter
            }
            if (d != '\u0640' && d != '\u200C' && d != '\u200D') {
                kept.append(d);
            }
        }
        String upper = kept.toString().toUpperCase(Locale.ROOT);
        if (upper.indexOf('\u03A3') >= 0) {
            return null; // sigma: its lower case depends on the letters around it
        }
        return upper.toLowerCase(Locale.ROOT).replace('\u064A', '\u06CC').replace('\u0649', '\u06CC')
                .replace('\u0643', '\u06A9');
    }

    /**
     * Whether NFD never moves this (already decomposed) character: combining class 0. Only spacing
     * combining marks are asked; every other character NFD can move is a mark folding removes.
     */
    private static boolean isStarter(char d) {
        return Normalizer.normalize(d + LOWEST_MARK, Normalizer.Form.NFD).equals(d + LOWEST_MARK);
    }
}

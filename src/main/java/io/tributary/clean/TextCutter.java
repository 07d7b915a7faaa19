package io.tributary.clean;

/**
 * Shortens plain text to a length limit at a word boundary, marking the cut with "…". Used for
 * summaries (300 characters) and for titles made from text (80 characters).
 */
final class TextCutter {
    static final String ELLIPSIS = "…";

    private TextCutter() {
    }

    /**
     * The text itself when it fits, else its start cut after the last whole word that fits with
     * the ellipsis, so the result is never longer than {@code maxChars}. When the last word break
     * is in the first half, the text is cut inside the word instead.
     */
    static String cut(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must leave room for a character and the ellipsis");
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - ELLIPSIS.length();
        // The break is the last space within room, or at room itself when a word ends exactly there.
        int end = Character.isWhitespace(text.charAt(room)) ? room : text.lastIndexOf(' ', room);
        if (end < room / 2) { // no word break in sight: a cut inside a long word keeps more of the text
            end = Character.isLowSurrogate(text.charAt(room)) ? room - 1 : room;
        }
        return stripTrailingPunctuation(text.substring(0, end)) + ELLIPSIS;
    }

    /** "word, …" reads badly; "word…" does not. */
    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:-–—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 ? text : text.substring(0, end);
    }
}

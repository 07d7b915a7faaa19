package io.tributary.clean;

import org.jsoup.Jsoup;

/** Plain text out of HTML: tags dropped, entities decoded, whitespace collapsed. */
final class PlainText {
    private PlainText() {
    }

    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (isPlain(html)) {
            return collapse(html); // what parsing would give, without building a document (titles are mostly plain)
        }
        // text() skips script and style data, and puts a space where blocks and <br> break lines.
        return collapse(Jsoup.parseBodyFragment(html).body().text());
    }

    /**
     * Whether the HTML parser would read this as one run of text that {@link #collapse} alone
     * turns into the same plain text: no markup, no character reference, and none of the
     * characters the parser or jsoup's text() drops or rewrites (NUL, CR and other controls, the
     * zero-width space, the soft hyphen). PlainTextTest compares both ways on random text.
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? !(c == '\t' || c == '\n' || c == '\f') : (c == '<' || c == '&' || c == '\u007f'
                    || c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\ufffd' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /** Runs of whitespace, no-break spaces included, made one space; the ends trimmed. */
    static String collapse(String text) {
        // A loop rather than replaceAll: this runs on every element of every entry.
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What the regular expression {@code [\s\u00a0\u2007\u202f]} matches, plus the other Unicode spaces strip() knows. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                || Character.isWhitespace(c);
    }
}

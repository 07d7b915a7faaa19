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
        // text() skips script and style data, and puts a space where blocks and <br> break lines.
        return collapse(Jsoup.parseBodyFragment(html).body().text());
    }

    /** Runs of whitespace, no-break spaces included, made one space; the ends trimmed. */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }

    static boolean isBlank(String text) {
        return collapse(text).isEmpty();
    }
}

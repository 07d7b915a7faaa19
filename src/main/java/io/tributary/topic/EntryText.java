package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.dedup.TextFolding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What rules are matched against: an entry's title, summary, text and feed category terms, both
 * as written (NFC, for regular expressions) and folded (for words and phrases). Fields are joined
 * by a line holding only a bar, so no phrase runs from one field into the next.
 */
record EntryText(String written, String folded) {
    private static final String BETWEEN_FIELDS = "\n|\n";

    static EntryText of(CleanEntry entry) {
        List<String> fields = new ArrayList<>();
        fields.add(entry.title());
        fields.add(entry.summary());
        fields.add(entry.text());
        fields.addAll(entry.categories());
        String written = nfc(String.join(BETWEEN_FIELDS, fields));
        return new EntryText(written, TextFolding.fold(written));
    }

    /** NFC, without copying text that already is (most is: normalizing every entry's text showed in profiles). */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') { // below U+0300 nothing decomposes or composes
                return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }
}

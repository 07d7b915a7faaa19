package io.tributary.topic;

import io.tributary.clean.CleanEntry;

import java.util.List;

/**
 * A source's {@code skip} list: an entry whose title, summary, text or categories contain one of
 * these words or phrases (matched like topic keywords: whole words, case and accents folded) is
 * not stored at all, e.g. {@code skip: [sponsored, "paid post"]}.
 */
public final class SkipFilter {
    private final PhraseMatcher phrases;

    public SkipFilter(List<String> phrases) {
        this.phrases = PhraseMatcher.anyOf(phrases);
    }

    /** Whether the entry is to be dropped. */
    public boolean skips(CleanEntry entry) {
        return !phrases.isEmpty() && phrases.foundIn(EntryText.of(entry).folded());
    }
}

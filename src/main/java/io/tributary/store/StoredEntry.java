package io.tributary.store;

import java.util.List;
import java.util.Optional;

/**
 * One stored entry as rules see it, for previewing what a config change would do.
 *
 * @param storyId        the story it belongs to
 * @param source         the source that carried it
 * @param title          plain text title
 * @param summary        plain text summary
 * @param text           plain text of the whole content
 * @param normalizedLink its normalized link, if any
 * @param topics         its stored topics, sorted
 */
public record StoredEntry(long storyId, String source, String title, String summary, String text,
                          Optional<String> normalizedLink, List<String> topics) {
    public StoredEntry {
        topics = List.copyOf(topics);
    }
}

package io.tributary.store;

import io.tributary.parse.Enclosure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One story as readers see it: the entry chosen to stand for it, plus every source that carried
 * it. This is what the publisher renders.
 *
 * @param id          the published {@code tag:} URI, minted once when the story was first stored
 * @param title       plain text
 * @param link        the original article, if known
 * @param contentHtml sanitized HTML
 * @param summary     plain text, at most 300 characters
 * @param published   the entry's publication time, else when Tributary first saw it
 * @param updated     the last time the story changed (text updated, a copy arrived)
 * @param author      author name, if known
 * @param topics      topic names, sorted
 * @param carriers    every source that carried the story; the first is the one whose entry
 *                    stands for it
 * @param enclosures  media files of the standing entry
 */
public record PublishedStory(
        String id,
        String title,
        Optional<String> link,
        String contentHtml,
        String summary,
        Instant published,
        Instant updated,
        Optional<String> author,
        List<String> topics,
        List<Carrier> carriers,
        List<Enclosure> enclosures) {

    public PublishedStory {
        topics = List.copyOf(topics);
        carriers = List.copyOf(carriers);
        enclosures = List.copyOf(enclosures);
    }

    /** A story with no enclosures. */
    public PublishedStory(String id, String title, Optional<String> link, String contentHtml, String summary,
                          Instant published, Instant updated, Optional<String> author, List<String> topics,
                          List<Carrier> carriers) {
        this(id, title, link, contentHtml, summary, published, updated, author, topics, carriers, List.of());
    }
}

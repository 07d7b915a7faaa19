package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored entry as de-duplication sees it, for previewing what other dedup settings would
 * group together; changes nothing.
 *
 * @param entryId        the store's id of the entry
 * @param storyId        the story it belongs to now
 * @param source         the source that carried it
 * @param title          plain text title
 * @param normalizedLink its normalized link, if any
 * @param firstSeen      when it was first stored
 * @param fingerprint    its stored text fingerprint; empty for a text too short to compare
 */
public record FingerprintedEntry(long entryId, long storyId, String source, String title,
                                 Optional<String> normalizedLink, Instant firstSeen,
                                 Optional<Fingerprint> fingerprint) {
    public FingerprintedEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(normalizedLink, "normalizedLink");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}

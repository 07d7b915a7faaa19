package io.tributary.dedup;

import java.util.Optional;

/**
 * Decides what one entry is to the store: new, an update, unchanged, or a copy of a known story.
 *
 * <p>The order matters: identity within the source first (a source editing its own entry is an
 * update, even if the link changed), then the link across sources. A near-duplicate check on the
 * text (a fingerprint such as SimHash) belongs after the link check and before {@code New}; it
 * will need its own lookup in {@link KnownEntries}.
 */
public final class Deduplicator {

    /**
     * @param sourceName the configured name of the source the entry came from
     * @param identity   {@link EntryIdentity#of} the entry
     * @param known      what is stored, including earlier writes of the same poll
     */
    public Decision decide(String sourceName, EntryIdentity identity, KnownEntries known) {
        Optional<KnownEntry> same = known.byIdentity(sourceName, identity.key());
        if (same.isPresent()) {
            KnownEntry entry = same.get();
            return entry.contentHash().equals(identity.contentHash())
                    ? new Decision.Unchanged(entry.entryId())
                    : new Decision.Updated(entry.entryId(), entry.storyId());
        }
        Optional<Long> story = identity.normalizedLink().flatMap(known::storyByLink);
        if (story.isPresent()) {
            return new Decision.DuplicateOf(story.get());
        }
        return new Decision.New();
    }
}

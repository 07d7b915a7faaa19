package io.tributary.store;

import io.tributary.clean.CleanEntry;
import io.tributary.dedup.Decision;
import io.tributary.dedup.EntryIdentity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One entry to write, with what the de-duplicator and the tagger said about it.
 *
 * @param entry      the clean entry
 * @param identity   {@link EntryIdentity#of} the entry
 * @param decision   what to do with it
 * @param topics     its topics (replacing the stored ones on an update)
 * @param newStoryId the {@code tag:} URI for the story, used only when the decision is
 *                   {@link Decision.New} (mint it with {@link io.tributary.dedup.StoryIds}); may be
 *                   empty otherwise
 * @param now        the time of the poll: first seen, or the story's new updated time
 */
public record EntryWrite(CleanEntry entry, EntryIdentity identity, Decision decision, Set<String> topics,
                         String newStoryId, Instant now) {
    public EntryWrite {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(decision, "decision");
        topics = Set.copyOf(topics);
        Objects.requireNonNull(newStoryId, "newStoryId");
        Objects.requireNonNull(now, "now");
        if (decision instanceof Decision.New && newStoryId.isBlank()) {
            throw new IllegalArgumentException("a new story needs its tag: id");
        }
    }
}

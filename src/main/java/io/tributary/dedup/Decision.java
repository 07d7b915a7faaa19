package io.tributary.dedup;

/** What to do with one entry, as {@link Deduplicator#decide} sees it. */
public sealed interface Decision {
    /** Never seen: a new story with this entry in it. */
    record New() implements Decision {
    }

    /** Seen before from this source with other content: change that entry in place. */
    record Updated(long entryId, long storyId) implements Decision {
    }

    /** Seen before from this source, same content: nothing to do. */
    record Unchanged(long entryId) implements Decision {
    }

    /** A new entry for this source, but a story another entry already stands for: join it. */
    record DuplicateOf(long storyId) implements Decision {
    }
}

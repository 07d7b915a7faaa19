package io.tributary.dedup;

/**
 * An entry already stored.
 *
 * @param entryId     the store's id of the entry
 * @param storyId     the store's id of the story it belongs to
 * @param contentHash its {@link EntryIdentity#contentHash()} when last stored
 */
public record KnownEntry(long entryId, long storyId, String contentHash) {
}

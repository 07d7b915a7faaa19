package io.tributary.dedup;

/**
 * A stored entry that shares at least one fingerprint band with a new entry: worth comparing.
 *
 * @param entryId     the store's id of the entry
 * @param storyId     the story it belongs to
 * @param sourceName  the source that carried it
 * @param fingerprint its stored fingerprint
 */
public record FingerprintCandidate(long entryId, long storyId, String sourceName, Fingerprint fingerprint) {
}

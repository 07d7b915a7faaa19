/**
 * De-duplication: decides whether a clean entry is new, an update of one already stored, a copy
 * of a story another source carried, or unchanged (DESIGN.md, "Identity, duplicates and updates").
 *
 * <p>{@link io.tributary.dedup.EntryIdentity#of} derives an entry's identity key and content hash;
 * {@link io.tributary.dedup.Fingerprinter#fingerprint} its MinHash {@link io.tributary.dedup.Fingerprint}
 * (two-word shingles of the folded text, common words and footer sentences dropped);
 * {@link io.tributary.dedup.Deduplicator#decide} compares them with what is known: identity, then
 * link, then texts of other sources within {@code dedup.window} whose estimated overlap reaches
 * {@code dedup.similarity}; {@link io.tributary.dedup.StoryIds#mint} makes the {@code tag:} URI a
 * new story is published under. {@link io.tributary.dedup.TextFolding} is the comparison form of
 * text, shared with topic matching.
 *
 * <p>This stage is pure: it must not do I/O, read the clock or keep state between calls. What is
 * already stored reaches it only through {@link io.tributary.dedup.KnownEntries}, which the store
 * implements; near-duplicate candidates come from the store's band index, never from a scan.
 */
package io.tributary.dedup;

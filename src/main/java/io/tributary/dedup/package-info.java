/**
 * De-duplication: decides whether a clean entry is new, an update of one already stored, a copy
 * of a story another source carried, or unchanged (DESIGN.md, "Identity, duplicates and updates").
 *
 * <p>{@link io.tributary.dedup.EntryIdentity#of} derives an entry's identity key and content hash;
 * {@link io.tributary.dedup.Deduplicator#decide} compares it with what is known;
 * {@link io.tributary.dedup.StoryIds#mint} makes the {@code tag:} URI a new story is published under.
 *
 * <p>This stage is pure: it must not do I/O, read the clock or keep state between calls. What is
 * already stored reaches it only through {@link io.tributary.dedup.KnownEntries}, which the store
 * implements.
 */
package io.tributary.dedup;

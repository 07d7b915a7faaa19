package io.tributary.dedup;

import java.util.Optional;

/**
 * What the de-duplicator may ask about entries already stored. The store implements it; tests use
 * a map. Lookups must see writes made earlier in the same poll, so that a feed listing one entry
 * twice still stores it once.
 */
public interface KnownEntries {
    /** The entry of this source with this identity key, if stored. */
    Optional<KnownEntry> byIdentity(String sourceName, IdentityKey key);

    /** A story holding an entry (from any source) with this normalized link, if any. */
    Optional<Long> storyByLink(String normalizedLink);
}

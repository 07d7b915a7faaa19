package io.tributary.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    /**
     * Entries first seen at or after {@code since} that share at least one of these
     * {@link Fingerprint#bandHashes()}, each once. Must be answered from an index on the band
     * hashes, never by reading stored entries one by one; may stop after a bounded number.
     */
    List<FingerprintCandidate> byBands(long[] bandHashes, Instant since);

    /**
     * The story of the entry most like {@code fingerprint}, at least {@code similarity} alike,
     * among those {@link #byBands} finds of sources other than {@code otherThanSource}; of equally
     * alike ones the oldest story. An index that holds the signatures itself may compare them
     * where they are instead of handing each candidate out.
     */
    default OptionalLong mostSimilarStory(Fingerprint fingerprint, String otherThanSource, Instant since,
                                          double similarity) {
        return FingerprintCandidate.mostSimilarStory(byBands(fingerprint.bandHashes(), since), fingerprint,
                otherThanSource, similarity);
    }
}

package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where one poll transaction finds the entries that share a fingerprint band with a new one, and
 * records the bands of what it writes: the {@code story_bands} table ({@link StoryBands}) on a
 * store that several processes share, an index in memory ({@link MemoryBands}) on an embedded
 * store that only this process can open.
 */
interface BandIndex extends AutoCloseable {
    /** For a poll transaction that writes no entries: finds nothing, and takes no entry. */
    BandIndex NONE = new BandIndex() {
        @Override
        public List<FingerprintCandidate> candidates(long[] bandHashes, Instant since) {
            return List.of();
        }

        @Override
        public void add(long entryId, long storyId, String sourceName, Optional<Fingerprint> fingerprint,
                        Instant now) {
            throw new IllegalStateException("this poll transaction writes no entries");
        }

        @Override
        public void committed() {
        }

        @Override
        public void close() {
        }
    };

    /** Entries first seen since {@code since} sharing at least one of these bands, each once. */
    List<FingerprintCandidate> candidates(long[] bandHashes, Instant since) throws SQLException;

    /** See {@link io.tributary.dedup.KnownEntries#mostSimilarStory}. */
    default OptionalLong mostSimilarStory(Fingerprint fingerprint, String otherThanSource, Instant since,
                                          double similarity) throws SQLException {
        return FingerprintCandidate.mostSimilarStory(candidates(fingerprint.bandHashes(), since), fingerprint,
                otherThanSource, similarity);
    }

    /** Records the bands of an entry this transaction wrote; nothing for an entry without fingerprint. */
    void add(long entryId, long storyId, String sourceName, Optional<Fingerprint> fingerprint, Instant now)
            throws SQLException;

    /** The transaction committed: what it added is now for every later transaction to find. */
    void committed();

    @Override
    void close() throws SQLException;
}

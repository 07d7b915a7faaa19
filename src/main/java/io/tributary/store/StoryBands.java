package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code story_bands} index of one poll transaction, for a store that several processes
 * write (PostgreSQL, shared by a cluster; an embedded store uses {@link MemoryBands}): writes an entry's fingerprint bands, and
 * finds the entries that share a band with a new one. Candidates come from the band index alone;
 * stored entries are read only by primary key for the candidates found.
 */
final class StoryBands implements BandIndex {
    /**
     * Enough for any real story told by many sources; a flood of candidates means a text every
     * entry shares (an empty template), which the similarity check would reject anyway.
     */
    static final int MAX_CANDIDATES = 200;
    /**
     * One band at a time: an equality on {@code band_hash} is an index seek on every database,
     * where a long {@code IN} list joined to entries may be planned as a scan of the band table,
     * which grows with the store.
     */
    private static final String CANDIDATES = "SELECT e.id, e.story_id, e.source_name, e.fingerprint "
            + "FROM story_bands b JOIN entries e ON e.id = b.entry_id WHERE b.band_hash = ? AND b.first_seen >= ? "
            + "FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY";

    private final Connection connection;
    private PreparedStatement insert;
    private PreparedStatement select;

    StoryBands(Connection connection) {
        this.connection = connection;
    }

    /** Indexes the entry's bands as first seen {@code now}; nothing for an entry without fingerprint. */
    @Override
    public void add(long entryId, long storyId, String sourceName, Optional<Fingerprint> fingerprint, Instant now)
            throws SQLException {
        if (fingerprint.isEmpty()) {
            return;
        }
        if (insert == null) {
            insert = connection.prepareStatement(
                    "INSERT INTO story_bands (entry_id, band_no, band_hash, first_seen) VALUES (?, ?, ?, ?)");
        }
        long[] bands = fingerprint.get().bandHashes();
        for (int band = 0; band < bands.length; band++) {
            insert.setLong(1, entryId);
            insert.setInt(2, band);
            insert.setLong(3, bands[band]);
            Columns.setInstant(insert, 4, now);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** Entries indexed since {@code since} sharing a band with these, each once. */
    @Override
    public List<FingerprintCandidate> candidates(long[] bandHashes, Instant since) throws SQLException {
        if (bandHashes.length != Fingerprint.BANDS) {
            throw new IllegalArgumentException("expected " + Fingerprint.BANDS + " band hashes");
        }
        if (select == null) {
            select = connection.prepareStatement(CANDIDATES);
        }
        Map<Long, FingerprintCandidate> found = new LinkedHashMap<>();
        for (long bandHash : bandHashes) {
            select.setLong(1, bandHash);
            Columns.setInstant(select, 2, since);
            try (ResultSet row = select.executeQuery()) {
                while (row.next() && found.size() < MAX_CANDIDATES) {
                    long entryId = row.getLong(1);
                    if (found.containsKey(entryId)) {
                        continue;
                    }
                    long storyId = row.getLong(2);
                    String source = row.getString(3);
                    Fingerprint.decode(row.getString(4)).ifPresent(fingerprint -> found.put(entryId,
                            new FingerprintCandidate(entryId, storyId, source, fingerprint)));
                }
            }
            if (found.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        List<FingerprintCandidate> candidates = new ArrayList<>(found.values());
        return candidates;
    }

    /** The rows are in the transaction itself: nothing more to do. */
    @Override
    public void committed() {
    }

    @Override
    public void close() throws SQLException {
        try {
            if (insert != null) {
                insert.close();
            }
        } finally {
            if (select != null) {
                select.close();
            }
        }
    }
}

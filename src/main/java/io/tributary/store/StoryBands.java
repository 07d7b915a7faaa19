package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The {@code story_bands} index of one poll transaction: writes an entry's fingerprint bands, and
 * finds the entries that share a band with a new one. Candidates come from the band index alone;
 * stored entries are read only by primary key for the candidates found.
 */
final class StoryBands implements AutoCloseable {
    /**
     * Enough for any real story told by many sources; a flood of candidates means a text every
     * entry shares (an empty template), which the similarity check would reject anyway.
     */
    static final int MAX_CANDIDATES = 200;
    private static final String CANDIDATES = "SELECT DISTINCT e.id, e.story_id, e.source_name, e.fingerprint "
            + "FROM story_bands b JOIN entries e ON e.id = b.entry_id WHERE b.band_hash IN ("
            + String.join(", ", Collections.nCopies(Fingerprint.BANDS, "?")) + ") AND b.first_seen >= ? "
            + "FETCH FIRST " + MAX_CANDIDATES + " ROWS ONLY";

    private final Connection connection;
    private PreparedStatement insert;
    private PreparedStatement select;

    StoryBands(Connection connection) {
        this.connection = connection;
    }

    /** Indexes the entry's bands as first seen {@code now}; nothing for an entry without fingerprint. */
    void add(long entryId, Optional<Fingerprint> fingerprint, Instant now) throws SQLException {
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
    List<FingerprintCandidate> candidates(long[] bandHashes, Instant since) throws SQLException {
        if (bandHashes.length != Fingerprint.BANDS) {
            throw new IllegalArgumentException("expected " + Fingerprint.BANDS + " band hashes");
        }
        if (select == null) {
            select = connection.prepareStatement(CANDIDATES);
        }
        for (int i = 0; i < bandHashes.length; i++) {
            select.setLong(i + 1, bandHashes[i]);
        }
        Columns.setInstant(select, bandHashes.length + 1, since);
        List<FingerprintCandidate> candidates = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long entryId = row.getLong(1);
                long storyId = row.getLong(2);
                String source = row.getString(3);
                Fingerprint.decode(row.getString(4)).ifPresent(
                        fingerprint -> candidates.add(new FingerprintCandidate(entryId, storyId, source, fingerprint)));
            }
        }
        return candidates;
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

package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fingerprint band index of an embedded store, held in memory: only this process can open an
 * embedded HSQLDB, so nothing else writes entries behind its back, and a look-up costs a few
 * array reads instead of 32 index seeks plus a read of every candidate's row. It is filled from
 * the {@code entries} table the first time a poll needs it (the entries of the de-duplication
 * window, found through the {@code entries_first_seen} index, never by a scan), then kept current
 * by the polls that commit, and emptied when entries are removed, to be filled again when next
 * needed. About 2 KB of memory per entry in the window (its signature and 32 band postings).
 */
final class MemoryBands {
    /** A story carried by more outlets than this in one window is beyond what the index keeps apart. */
    static final int MAX_CANDIDATES = 1000;
    private static final String LOAD = "SELECT id, story_id, source_name, fingerprint, first_seen FROM entries "
            + "WHERE first_seen >= ? AND fingerprint IS NOT NULL ORDER BY id";

    private final ConnectionSource connections;
    private final BandTable bands = new BandTable();
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final List<String> sourceNames = new ArrayList<>();
    private long[] entryIds = new long[256];
    private long[] storyIds = new long[256];
    private int[] sources = new int[256];
    private long[] firstSeen = new long[256];
    private Fingerprint[] fingerprints = new Fingerprint[256];
    private int[] stamps = new int[256];
    private int slots;
    private int stamp;
    /** The earliest first-seen time the index holds everything since; null until filled. */
    private Instant loadedSince;

    /** Where the index reads committed entries from when it fills: a connection of its own. */
    interface ConnectionSource {
        Connection connection() throws SQLException;
    }

    MemoryBands(ConnectionSource connections) {
        this.connections = connections;
    }

    /** The index as one poll transaction sees it: look-ups now, its own additions once it commits. */
    BandIndex transaction() {
        return new Transaction();
    }

    /** Forgets everything; the next look-up fills the index again from the store. */
    synchronized void clear() {
        bands.clear();
        sourceNumbers.clear();
        sourceNames.clear();
        slots = 0;
        Arrays.fill(fingerprints, null);
        loadedSince = null;
    }

    /** How many entries the index holds (for tests and the log). */
    synchronized int size() {
        return slots;
    }

    private synchronized List<FingerprintCandidate> candidates(long[] bandHashes, Instant since)
            throws SQLException {
        if (loadedSince == null || since.isBefore(loadedSince)) {
            load(since);
        }
        long sinceMillis = since.toEpochMilli();
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            stamp = 0;
        }
        int query = ++stamp;
        List<FingerprintCandidate> found = new ArrayList<>();
        for (long bandHash : bandHashes) {
            bands.forEach(bandHash, slot -> {
                if (stamps[slot] != query && firstSeen[slot] >= sinceMillis && found.size() < MAX_CANDIDATES) {
                    stamps[slot] = query;
                    found.add(new FingerprintCandidate(entryIds[slot], storyIds[slot], sourceNames.get(sources[slot]),
                            fingerprints[slot]));
                }
            });
        }
        return found;
    }

    private synchronized void addCommitted(List<Pending> pending) {
        if (loadedSince == null) {
            return; // not filled yet: the filling reads these from the store
        }
        for (Pending entry : pending) {
            put(entry.entryId(), entry.storyId(), entry.sourceName(), entry.fingerprint(), entry.firstSeen());
        }
    }

    private void load(Instant since) throws SQLException {
        clear();
        try (Connection connection = connections.connection();
             PreparedStatement select = connection.prepareStatement(LOAD)) {
            Columns.setInstant(select, 1, since);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Optional<Fingerprint> fingerprint = Fingerprint.decode(row.getString(4));
                    if (fingerprint.isPresent()) {
                        put(row.getLong(1), row.getLong(2), row.getString(3), fingerprint.get(),
                                Columns.instant(row, "first_seen").orElse(since));
                    }
                }
            }
        }
        loadedSince = since;
    }

    private void put(long entryId, long storyId, String sourceName, Fingerprint fingerprint, Instant seen) {
        if (slots == entryIds.length) {
            int size = slots * 2;
            entryIds = Arrays.copyOf(entryIds, size);
            storyIds = Arrays.copyOf(storyIds, size);
            sources = Arrays.copyOf(sources, size);
            firstSeen = Arrays.copyOf(firstSeen, size);
            fingerprints = Arrays.copyOf(fingerprints, size);
            stamps = Arrays.copyOf(stamps, size);
        }
        int slot = slots++;
        entryIds[slot] = entryId;
        storyIds[slot] = storyId;
        sources[slot] = sourceNumbers.computeIfAbsent(sourceName, name -> {
            sourceNames.add(name);
            return sourceNames.size() - 1;
        });
        firstSeen[slot] = seen.toEpochMilli();
        fingerprints[slot] = fingerprint;
        stamps[slot] = 0;
        for (long bandHash : fingerprint.bandHashes()) {
            bands.put(bandHash, slot);
        }
    }

    private record Pending(long entryId, long storyId, String sourceName, Fingerprint fingerprint,
                           Instant firstSeen) {
    }

    private final class Transaction implements BandIndex {
        private final List<Pending> pending = new ArrayList<>();

        @Override
        public List<FingerprintCandidate> candidates(long[] bandHashes, Instant since) throws SQLException {
            return MemoryBands.this.candidates(bandHashes, since);
        }

        @Override
        public void add(long entryId, long storyId, String sourceName, Optional<Fingerprint> fingerprint,
                        Instant now) {
            fingerprint.ifPresent(value -> pending.add(new Pending(entryId, storyId, sourceName, value, now)));
        }

        @Override
        public void committed() {
            addCommitted(pending);
            pending.clear();
        }

        @Override
        public void close() {
            pending.clear();
        }
    }
}

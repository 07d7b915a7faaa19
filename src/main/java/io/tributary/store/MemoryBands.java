package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;
import io.tributary.dedup.MostSimilarStory;

import java.nio.IntBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fingerprint band index of an embedded store, held in memory: only this process can open an
 * embedded HSQLDB, so nothing else writes entries behind its back, and a look-up costs a few
 * array reads instead of 32 index seeks plus a read of every candidate's row. It is filled from
 * the {@code entries} table the first time a poll needs it (the entries of the de-duplication
 * window, found through the {@code entries_first_seen} index, never by a scan), then kept current
 * by the polls that commit, and emptied when entries are removed, to be filled again when next
 * needed.
 *
 * <p>Every entry's columns, its signature among them, sit in flat arrays outside the Java heap
 * ({@link DirectInts}, {@link DirectLongs}), 1 to 2 KB per entry in the window: the signatures
 * of the candidates are compared where they lie ({@link #mostSimilarStory}), without an object
 * per candidate, and the heap does not grow while the window fills. A direct buffer holds at most
 * 2 GB, which bounds the window at about 4 million entries.
 */
final class MemoryBands {
    /** A story carried by more outlets than this in one window is beyond what the index keeps apart. */
    static final int MAX_CANDIDATES = 1000;
    private static final int INITIAL_SLOTS = 256;
    private static final int SOURCE = 0;
    private static final int SHINGLES = 1;
    /**
     * The fingerprint's flat form: its sketch right after the header, so that the first cache
     * lines of a record hold all a look-up reads of a candidate it turns away; then its values.
     */
    private static final int FINGERPRINT = 2;
    private static final int RECORD = FINGERPRINT + Fingerprint.FLAT_INTS;
    private static final String LOAD = "SELECT id, story_id, source_name, fingerprint, first_seen FROM entries "
            + "WHERE first_seen >= ? AND fingerprint IS NOT NULL ORDER BY id";

    private final ConnectionSource connections;
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final List<String> sourceNames = new ArrayList<>();
    private BandTable bands;
    private DirectLongs entryIds;
    private DirectLongs storyIds;
    /**
     * What a walk checks of every posting it meets, one dense column each: the look-up that last
     * visited the entry (an entry shares several bands with a text that resembles it) and when it
     * was first seen. Dense columns stay in the processor's caches, so a posting already visited
     * or outside the window costs no trip to the entry's record.
     */
    private DirectInts visits;
    private DirectLongs firstSeen;
    /**
     * One record of {@link #RECORD} ints per entry: what a look-up reads of a candidate (source,
     * size, then the fingerprint) lies together, so a candidate costs one trip to memory rather
     * than one per column.
     */
    private DirectInts records;
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
        clear();
    }

    /** The index as one poll transaction sees it: look-ups now, its own additions once it commits. */
    BandIndex transaction() {
        return new Transaction();
    }

    /** Forgets everything; the next look-up fills the index again from the store. */
    synchronized void clear() {
        if (bands != null) { // the memory of a cleared index goes back at once, not when collected
            bands.clear();
            entryIds.free();
            storyIds.free();
            visits.free();
            firstSeen.free();
            records.free();
        }
        bands = new BandTable();
        sourceNumbers.clear();
        sourceNames.clear();
        entryIds = new DirectLongs(INITIAL_SLOTS);
        storyIds = new DirectLongs(INITIAL_SLOTS);
        visits = new DirectInts(INITIAL_SLOTS);
        firstSeen = new DirectLongs(INITIAL_SLOTS);
        records = new DirectInts(INITIAL_SLOTS * RECORD);
        slots = 0;
        stamp = 0;
        loadedSince = null;
    }

    /** How many entries the index holds (for tests and the log). */
    synchronized int size() {
        return slots;
    }

    /** Bytes the index holds outside the heap. */
    synchronized long bytes() {
        return bands.bytes() + entryIds.bytes() + storyIds.bytes() + visits.bytes() + firstSeen.bytes()
                + records.bytes();
    }

    private synchronized List<FingerprintCandidate> candidates(long[] bandHashes, Instant since)
            throws SQLException {
        fillFor(since);
        List<FingerprintCandidate> found = new ArrayList<>();
        walk(bandHashes, since, slot -> found.add(candidate(slot)));
        return found;
    }

    private synchronized OptionalLong mostSimilarStory(Fingerprint mine, String otherThanSource, Instant since,
                                                       double similarity) throws SQLException {
        fillFor(since);
        Integer excluded = sourceNumbers.get(otherThanSource);
        int otherThan = excluded == null ? -1 : excluded;
        MostSimilarStory best = new MostSimilarStory(similarity);
        IntBuffer flat = records.buffer();
        walk(mine.bandHashes(), since, slot -> {
            int record = slot * RECORD;
            if (flat.get(record + SOURCE) != otherThan) {
                best.offer(storyIds.get(slot), mine.similarity(flat, record + FINGERPRINT, flat.get(record + SHINGLES),
                        best.worthAtLeast()));
            }
        });
        return best.story();
    }

    /**
     * Calls {@code visit} once for each entry first seen since {@code since} that shares one of
     * the bands, band by band, newest first within a band, stopping after {@link #MAX_CANDIDATES}.
     */
    private void walk(long[] bandHashes, Instant since, SlotVisitor visit) {
        long sinceMillis = since.toEpochMilli();
        if (stamp == Integer.MAX_VALUE) {
            for (int slot = 0; slot < slots; slot++) {
                visits.set(slot, 0);
            }
            stamp = 0;
        }
        int query = ++stamp;
        int visited = 0;
        for (long bandHash : bandHashes) {
            for (int p = bands.firstPosting(bandHash); p >= 0; p = bands.nextPosting(p)) {
                int slot = bands.slotOf(p);
                if (visits.get(slot) != query && firstSeen.get(slot) >= sinceMillis) {
                    visits.set(slot, query);
                    visit.visit(slot);
                    if (++visited >= MAX_CANDIDATES) {
                        return;
                    }
                }
            }
        }
    }

    /** Fills the index from the store unless it already holds everything since {@code since}. */
    private void fillFor(Instant since) throws SQLException {
        if (loadedSince == null || since.isBefore(loadedSince)) {
            load(since);
        }
    }


    private FingerprintCandidate candidate(int slot) {
        IntBuffer flat = records.buffer();
        int record = slot * RECORD;
        return new FingerprintCandidate(entryIds.get(slot), storyIds.get(slot),
                sourceNames.get(flat.get(record + SOURCE)),
                Fingerprint.ofFlat(flat, record + FINGERPRINT, flat.get(record + SHINGLES)));
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
        int slot = slots;
        entryIds.ensureCapacity(slot + 1, slot);
        storyIds.ensureCapacity(slot + 1, slot);
        visits.ensureCapacity(slot + 1, slot);
        firstSeen.ensureCapacity(slot + 1, slot);
        records.ensureCapacity((slot + 1) * RECORD, slot * RECORD);
        entryIds.set(slot, entryId);
        storyIds.set(slot, storyId);
        visits.set(slot, 0);
        firstSeen.set(slot, seen.toEpochMilli());
        IntBuffer flat = records.buffer();
        int record = slot * RECORD;
        flat.put(record + SOURCE, sourceNumbers.computeIfAbsent(sourceName, name -> {
            sourceNames.add(name);
            return sourceNames.size() - 1;
        }));
        flat.put(record + SHINGLES, fingerprint.shingles());
        fingerprint.copyFlatTo(flat, record + FINGERPRINT);
        for (long bandHash : fingerprint.bandHashes()) {
            bands.put(bandHash, slot);
        }
        slots++;
    }

    @FunctionalInterface
    private interface SlotVisitor {
        void visit(int slot);
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
        public OptionalLong mostSimilarStory(Fingerprint fingerprint, String otherThanSource, Instant since,
                                             double similarity) throws SQLException {
            return MemoryBands.this.mostSimilarStory(fingerprint, otherThanSource, since, similarity);
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

package io.tributary.dedup;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.fetch.FetchState;
import io.tributary.store.EntryWrite;
import io.tributary.store.PollTransaction;
import io.tributary.store.SourceUpdate;
import io.tributary.store.Store;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Issue 5, item 5: ingest speed with 10,000 and then 1,000,000 entries stored (HSQLDB file store,
 * every stored entry inside the de-duplication window). Stored entries are bulk-loaded with
 * batched inserts (random signatures: unrelated texts); each measured entry then goes the
 * pipeline's way: identity, fingerprint, decision (identity, link and band look-ups) and write,
 * in polls of 100 entries, a fifth of them edited copies of an earlier measured entry. Run it with
 * {@code bench/dedup-bench}; arguments: store folder, measured entries per size, sizes.
 */
public final class DedupBench {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final int BULK_BATCH = 2_000;
    private static final int POLL_SIZE = 100;

    private final Random random = new Random(7);
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Deduplicator deduplicator = new Deduplicator();
    private final List<String> measuredTexts = new ArrayList<>();
    private long stored;
    private int measuredSerial;

    public static void main(String[] args) throws Exception {
        int measured = Integer.parseInt(args[1]);
        String url = args[0].startsWith("jdbc:") ? args[0]
                : "jdbc:hsqldb:file:" + Path.of(args[0]).resolve("bench").toAbsolutePath();
        DedupBench bench = new DedupBench();
        StoreSettings settings = new StoreSettings(url, "", "");
        try (Store store = Store.open(settings)) {
            bench.measure(store, Math.min(500, measured), "warm-up");
        }
        for (int i = 2; i < args.length; i++) {
            long size = Long.parseLong(args[i]);
            long started = System.nanoTime();
            // with the store closed, as the bulk rows go around it (an open embedded store keeps
            // its band index in memory and must see every entry it did not write itself on opening)
            bench.bulkLoad(url, size - bench.stored);
            System.out.printf("loaded to %,d stored entries in %d s%n", bench.stored,
                    (System.nanoTime() - started) / 1_000_000_000L);
            try (Store store = Store.open(settings)) {
                bench.measure(store, POLL_SIZE, String.format("first poll on opening with %,d stored "
                        + "(an embedded store fills its band index from the window's entries)", size));
                double rate = bench.measure(store, measured, String.format("%,d stored", size));
                System.out.printf("RESULT %d %.1f%n", size, rate);
            }
        }
    }

    /** Adds {@code count} unrelated entries, their stories and their bands, seen in the last six days. */
    private void bulkLoad(String url, long count) throws Exception {
        if (count <= 0) {
            return;
        }
        // an embedded store keeps its band index in memory, filled from the entries on opening;
        // the story_bands table is what a shared (PostgreSQL) store looks bands up in
        boolean embedded = url.startsWith("jdbc:hsqldb:file:");
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES LOG FALSE");
                s.execute("MERGE INTO sources USING (VALUES('Bulk')) AS v(n) ON sources.name = v.n "
                        + "WHEN NOT MATCHED THEN INSERT (name, url) VALUES ('Bulk', 'https://bulk.example.org/feed')");
            }
            c.setAutoCommit(false);
            long firstId = nextId(c);
            try (PreparedStatement story = c.prepareStatement("INSERT INTO stories (id, tag_id, published, "
                    + "first_seen, updated, canonical_entry_id) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement entry = c.prepareStatement("INSERT INTO entries (id, story_id, source_name, "
                         + "identity_key, title, summary, first_seen, content_hash, "
                         + "fingerprint) VALUES (?, ?, 'Bulk', ?, ?, '', ?, ?, ?)");
                 PreparedStatement texts = c.prepareStatement(
                         "INSERT INTO entry_texts (entry_id, content_html, body_text) VALUES (?, '', '')");
                 PreparedStatement band = c.prepareStatement(
                         "INSERT INTO story_bands (entry_id, band_no, band_hash, first_seen) VALUES (?, ?, ?, ?)")) {
                for (long n = 0; n < count; n++) {
                    long id = firstId + n;
                    OffsetDateTime seen = OffsetDateTime.ofInstant(
                            NOW.minus(Duration.ofSeconds(random.nextInt(6 * 24 * 3600))), ZoneOffset.UTC);
                    int[] signature = new int[Fingerprint.HASHES];
                    for (int i = 0; i < signature.length; i++) {
                        signature[i] = random.nextInt();
                    }
                    Fingerprint fingerprint = Fingerprint.of(signature, 80 + random.nextInt(120));
                    story.setLong(1, id);
                    story.setString(2, "tag:bulk.example.org,2026-11-27:" + id);
                    story.setObject(3, seen);
                    story.setObject(4, seen);
                    story.setObject(5, seen);
                    story.setLong(6, id);
                    story.addBatch();
                    entry.setLong(1, id);
                    entry.setLong(2, id);
                    entry.setString(3, "guid:bulk-" + id);
                    entry.setString(4, "Bulk entry " + id);
                    entry.setObject(5, seen);
                    entry.setString(6, String.format("%064x", id));
                    entry.setString(7, fingerprint.encode());
                    entry.addBatch();
                    texts.setLong(1, id);
                    texts.addBatch();
                    long[] bands = embedded ? new long[0] : fingerprint.bandHashes();
                    for (int b = 0; b < bands.length; b++) {
                        band.setLong(1, id);
                        band.setInt(2, b);
                        band.setLong(3, bands[b]);
                        band.setObject(4, seen);
                        band.addBatch();
                    }
                    if ((n + 1) % BULK_BATCH == 0 || n == count - 1) {
                        story.executeBatch();
                        entry.executeBatch();
                        texts.executeBatch();
                        if (!embedded) {
                            band.executeBatch();
                        }
                        c.commit();
                    }
                    if ((n + 1) % 100_000 == 0) {
                        System.out.printf("  ... %,d%n", stored + n + 1);
                    }
                }
            }
            long next = firstId + count;
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE stories ALTER COLUMN id RESTART WITH " + next);
                s.execute("ALTER TABLE entries ALTER COLUMN id RESTART WITH " + next);
                s.execute("SET FILES LOG TRUE");
                s.execute("CHECKPOINT");
            }
            c.commit();
            stored += count;
        }
    }

    private static long nextId(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM entries")) {
            rows.next();
            long entries = rows.getLong(1);
            try (var stories = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM stories")) {
                stories.next();
                return Math.max(entries, stories.getLong(1));
            }
        }
    }

    /** Ingests {@code count} entries the pipeline's way; returns entries per second. */
    private double measure(Store store, int count, String label) throws Exception {
        long started = System.nanoTime();
        int duplicates = 0;
        for (int done = 0; done < count; done += POLL_SIZE) {
            SourceConfig source = new SourceConfig("Measured " + (done / POLL_SIZE % 7),
                    URI.create("https://measured.example.org/" + (done / POLL_SIZE % 7)), List.of(),
                    Duration.ofMinutes(15));
            Instant now = NOW.plus(measuredSerial, ChronoUnit.SECONDS);
            try (PollTransaction poll = store.begin(source)) {
                for (int i = done; i < Math.min(count, done + POLL_SIZE); i++) {
                    CleanEntry entry = nextEntry();
                    EntryIdentity identity = EntryIdentity.of(entry);
                    Optional<Fingerprint> fingerprint = fingerprinter.fingerprint(entry);
                    Decision decision = deduplicator.decide(source.name(), identity, fingerprint, now, poll);
                    duplicates += decision instanceof Decision.DuplicateOf ? 1 : 0;
                    String tag = "tag:measured.example.org,2026-11-27:" + measuredSerial;
                    poll.write(new EntryWrite(entry, identity, decision, java.util.Set.of(), tag, now), fingerprint);
                }
                poll.finish(new SourceUpdate(source.url(), FetchState.initial(), "ok", Optional.empty(),
                        Optional.empty(), Optional.empty(), now, 1, true));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = count / seconds;
        System.out.printf("%s: %,d entries in %.1f s = %.0f entries/s (%d joined a story)%n", label, count, seconds,
                rate, duplicates);
        stored += count;
        return rate;
    }

    /** A fresh story of 120 words, or (one time in five) an edited copy of an earlier one. */
    private CleanEntry nextEntry() {
        int serial = measuredSerial++;
        String text;
        if (measuredTexts.size() > 10 && serial % 5 == 0) {
            String original = measuredTexts.get(random.nextInt(measuredTexts.size()));
            text = original.replaceFirst(" [a-z]+ ", " changed ") + " An added closing line.";
        } else {
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                words.append(w == 0 ? "" : " ").append(word());
            }
            text = words.toString();
            measuredTexts.add(text);
        }
        String link = "https://measured.example.org/story/" + serial;
        return new CleanEntry(Optional.of(link), Optional.of(link), "Measured " + serial, "<p>" + text + "</p>",
                text.substring(0, 200), text, Optional.of(NOW), Optional.empty(), Optional.empty(), List.of());
    }

    /** A word from a vocabulary of about 20,000. */
    private String word() {
        String letters = "abcdefghijklmnoprstuvy";
        int n = random.nextInt(20_000);
        StringBuilder word = new StringBuilder();
        do {
            word.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        } while (n > 0);
        return word.append("a").toString();
    }
}

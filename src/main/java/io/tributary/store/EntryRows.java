package io.tributary.store;

import io.tributary.clean.CleanEntry;
import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;
import io.tributary.dedup.IdentityKey;
import io.tributary.dedup.KnownEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code entries}, {@code stories} and {@code entry_topics} rows of one poll transaction.
 * Statements are prepared once per transaction, since a poll repeats them for every entry.
 */
final class EntryRows implements AutoCloseable {
    /** The long texts are not among them: they live in entry_texts (see {@link EntryTexts}). */
    private static final String ENTRY_COLUMNS = "normalized_link, link, title, summary, "
            + "author, published, updated, content_hash, categories, fingerprint";

    /** Advisory lock namespaces (the first key of PostgreSQL's two-key locks). */
    private static final int SOURCE_LOCKS = 1;
    private static final int LINK_LOCKS = 2;

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final BandIndex bands;

    EntryRows(Connection connection, Dialect dialect, BandIndex bands) {
        this.connection = connection;
        this.dialect = dialect;
        this.bands = bands;
    }

    /** On PostgreSQL, waits until no other transaction (on any node) is writing this source. */
    void lockSource(String sourceName) throws SQLException {
        advisoryLock(SOURCE_LOCKS, sourceName);
    }

    /** Entries seen since {@code since} that share a fingerprint band: see {@link BandIndex}. */
    List<FingerprintCandidate> byBands(long[] bandHashes, Instant since) throws SQLException {
        return bands.candidates(bandHashes, since);
    }

    /** See {@link io.tributary.dedup.KnownEntries#mostSimilarStory}, answered by the {@link BandIndex}. */
    OptionalLong mostSimilarStory(Fingerprint fingerprint, String otherThanSource, Instant since, double similarity)
            throws SQLException {
        return bands.mostSimilarStory(fingerprint, otherThanSource, since, similarity);
    }

    Optional<KnownEntry> byIdentity(String sourceName, IdentityKey key) throws SQLException {
        PreparedStatement select = statement(
                "SELECT id, story_id, content_hash FROM entries WHERE source_name = ? AND identity_key = ?");
        select.setString(1, sourceName);
        select.setString(2, key.value());
        try (ResultSet row = select.executeQuery()) {
            return row.next()
                    ? Optional.of(new KnownEntry(row.getLong(1), row.getLong(2), row.getString(3).trim()))
                    : Optional.empty();
        }
    }

    /** The oldest story holding an entry with this link: any entry, so a grown story matches too. */
    Optional<Long> storyByLink(String normalizedLink) throws SQLException {
        // Held to the end of the transaction: a story made for this link elsewhere meanwhile is
        // committed before this lookup runs, and read committed lets the lookup see it.
        advisoryLock(LINK_LOCKS, normalizedLink);
        PreparedStatement select = statement(
                "SELECT story_id FROM entries WHERE normalized_link = ? ORDER BY story_id FETCH FIRST 1 ROWS ONLY");
        select.setString(1, normalizedLink);
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
        }
    }

    private void advisoryLock(int namespace, String key) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        PreparedStatement lock = statement("SELECT pg_advisory_xact_lock(?, hashtext(?))");
        lock.setInt(1, namespace);
        lock.setString(2, key);
        lock.execute();
    }

    /** A new story whose canonical entry is this one, from a source of this priority. */
    void insertStory(String sourceName, int priority, EntryWrite write, Optional<Fingerprint> fingerprint)
            throws SQLException {
        PreparedStatement insert = statementWithKeys("INSERT INTO stories "
                + "(tag_id, normalized_link, published, first_seen, updated, canonical_priority) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        insert.setString(1, write.newStoryId());
        Columns.setText(insert, 2, write.identity().normalizedLink());
        Columns.setInstant(insert, 3, sortTime(write.entry(), write.now()));
        Columns.setInstant(insert, 4, write.now());
        Columns.setInstant(insert, 5, write.now());
        insert.setInt(6, priority);
        long storyId = insertedId(insert);
        long entryId = insertEntry(storyId, sourceName, write, fingerprint);
        PreparedStatement canonical = statement("UPDATE stories SET canonical_entry_id = ? WHERE id = ?");
        canonical.setLong(1, entryId);
        canonical.setLong(2, storyId);
        canonical.executeUpdate();
    }

    /**
     * Another entry for a story already stored. It becomes the story's canonical entry when its
     * source's priority is higher than the standing one's (ties keep the first seen); the story's
     * id and sort time stay, so readers see the same entry, updated.
     */
    void joinStory(long storyId, String sourceName, int priority, EntryWrite write, Optional<Fingerprint> fingerprint)
            throws SQLException {
        long entryId = insertEntry(storyId, sourceName, write, fingerprint);
        touchStory(storyId, write.now());
        PreparedStatement promote = statement("UPDATE stories SET canonical_entry_id = ?, canonical_priority = ? "
                + "WHERE id = ? AND canonical_priority < ?");
        promote.setLong(1, entryId);
        promote.setInt(2, priority);
        promote.setLong(3, storyId);
        promote.setInt(4, priority);
        promote.executeUpdate();
    }

    /** The entry changed at its source: change it in place, keeping its id and story. */
    void updateEntry(long entryId, long storyId, String sourceName, EntryWrite write,
                     Optional<Fingerprint> fingerprint)
            throws SQLException {
        PreparedStatement update = statement("UPDATE entries SET normalized_link = ?, link = ?, title = ?, "
                + "summary = ?, author = ?, published = ?, updated = ?, "
                + "content_hash = ?, categories = ?, fingerprint = ? WHERE id = ?");
        int next = setEntryColumns(update, 1, write, fingerprint);
        update.setLong(next, entryId);
        update.executeUpdate();
        EntryTexts.write(statement(EntryTexts.UPDATE), entryId, write.entry());
        bands.add(entryId, storyId, sourceName, fingerprint, write.now());
        replaceTopics(entryId, write.topics());
        PreparedStatement dropEnclosures = statement(EnclosureRows.DELETE);
        dropEnclosures.setLong(1, entryId);
        dropEnclosures.executeUpdate();
        EnclosureRows.insert(statement(EnclosureRows.INSERT), entryId, write.entry().enclosures());
        touchStory(storyId, write.now());
        // the story sorts by its canonical entry's time, which the update may have moved
        Optional<Instant> published = write.entry().published();
        PreparedStatement resort = statement(published.isPresent()
                ? "UPDATE stories SET published = ? WHERE id = ? AND canonical_entry_id = ?"
                : "UPDATE stories SET published = first_seen WHERE id = ? AND canonical_entry_id = ?");
        int i = 0;
        if (published.isPresent()) {
            Columns.setInstant(resort, ++i, sortTime(write.entry(), write.now()));
        }
        resort.setLong(++i, storyId);
        resort.setLong(++i, entryId);
        resort.executeUpdate();
    }

    private long insertEntry(long storyId, String sourceName, EntryWrite write, Optional<Fingerprint> fingerprint)
            throws SQLException {
        PreparedStatement insert = statementWithKeys("INSERT INTO entries (story_id, source_name, identity_key, "
                + ENTRY_COLUMNS + ", first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setLong(1, storyId);
        insert.setString(2, sourceName);
        insert.setString(3, write.identity().key().value());
        int next = setEntryColumns(insert, 4, write, fingerprint);
        Columns.setInstant(insert, next, write.now());
        long entryId = insertedId(insert);
        EntryTexts.write(statement(EntryTexts.INSERT), entryId, write.entry());
        insertTopics(entryId, write.topics());
        bands.add(entryId, storyId, sourceName, fingerprint, write.now());
        EnclosureRows.insert(statement(EnclosureRows.INSERT), entryId, write.entry().enclosures());
        return entryId;
    }

    /** Sets the {@link #ENTRY_COLUMNS} from {@code first}; returns the next parameter index. */
    private static int setEntryColumns(PreparedStatement statement, int first, EntryWrite write,
                                       Optional<Fingerprint> fingerprint) throws SQLException {
        CleanEntry entry = write.entry();
        int i = first;
        Columns.setText(statement, i++, write.identity().normalizedLink());
        Columns.setText(statement, i++, Columns.whole(entry.link(), Columns.URL));
        statement.setString(i++, Columns.clip(entry.title(), Columns.TITLE));
        statement.setString(i++, Columns.clip(entry.summary(), Columns.SUMMARY));
        Columns.setText(statement, i++, Columns.clip(entry.author(), Columns.AUTHOR));
        Columns.setInstant(statement, i++, entry.published());
        Columns.setInstant(statement, i++, entry.updated());
        statement.setString(i++, write.identity().contentHash());
        Columns.setText(statement, i++, EntryCategories.join(entry.categories()));
        Columns.setText(statement, i++, fingerprint.map(Fingerprint::encode));
        return i;
    }

    private void touchStory(long storyId, Instant now) throws SQLException {
        PreparedStatement touch = statement("UPDATE stories SET updated = ? WHERE id = ?");
        Columns.setInstant(touch, 1, now);
        touch.setLong(2, storyId);
        touch.executeUpdate();
    }

    private void replaceTopics(long entryId, Set<String> topics) throws SQLException {
        PreparedStatement delete = statement("DELETE FROM entry_topics WHERE entry_id = ?");
        delete.setLong(1, entryId);
        delete.executeUpdate();
        insertTopics(entryId, topics);
    }

    private void insertTopics(long entryId, Set<String> topics) throws SQLException {
        if (topics.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT INTO entry_topics (entry_id, topic) VALUES (?, ?)");
        for (String topic : topics) {
            insert.setLong(1, entryId);
            insert.setString(2, topic);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /**
     * When the story sorts: the entry's publication time, else now; never later than now, so an
     * entry dated in the future cannot sit on top of every feed until that day.
     */
    private static Instant sortTime(CleanEntry entry, Instant now) {
        return entry.published().filter(p -> p.isBefore(now)).orElse(now);
    }

    private static long insertedId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            // the id is the first column of both tables (PostgreSQL returns every column)
            return keys.getLong(1);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    private PreparedStatement statementWithKeys(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            prepared.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        try {
            bands.close();
        } catch (SQLException e) {
            first = e;
        }
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}

package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.fetch.FetchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * The store: open it once per process with {@link #open}, write polls through {@link #begin},
 * read what to publish with {@link #latest}, and close it at shutdown. Safe to use from many
 * threads; polls are written one at a time (see {@link PollTransaction}).
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** How long {@link #close} waits for a poll being written to end before shutting down anyway. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Database database;
    private final ReentrantLock pollLock = new ReentrantLock(true);
    /** The band index in memory of an embedded store; absent where other processes write too. */
    private final Optional<MemoryBands> memoryBands;

    private Store(Database database) {
        this.database = database;
        this.memoryBands = database.embedded() ? Optional.of(new MemoryBands(database::connection))
                : Optional.empty();
    }

    /**
     * Connects, then creates or migrates the schema to the newest version this build knows.
     *
     * @throws StoreException if the database cannot be reached or migrated, or its schema is newer
     */
    public static Store open(StoreSettings settings) throws StoreException {
        Database database = Database.open(settings);
        try (Connection connection = database.connection()) {
            List<Integer> applied = new Migrations(settings.url()).apply(connection);
            if (!applied.isEmpty()) {
                LOG.info("store {}: applied schema versions {}",
                        StoreException.withoutPassword(settings.url()), applied);
            }
        } catch (SQLException | StoreException | RuntimeException e) {
            database.close();
            if (e instanceof StoreException) {
                throw (StoreException) e;
            }
            throw new StoreException(settings.url(), "cannot open: " + e.getMessage(), e);
        }
        return new Store(database);
    }

    /** What was last recorded about fetching this source; {@link FetchState#initial()} if never polled. */
    public FetchState fetchState(String sourceName) throws StoreException {
        return read("cannot read the fetch state of " + sourceName, c -> SourceRows.fetchState(c, sourceName));
    }

    /**
     * Starts writing one poll of {@code source}. Waits while another poll is being written on this
     * node. Close the result on the same thread.
     *
     * @throws IllegalStateException if this thread already has a poll transaction open
     */
    public PollTransaction begin(SourceConfig source) throws StoreException {
        if (pollLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("this thread already has a poll transaction open");
        }
        try {
            pollLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(database.url(), "interrupted while waiting to write " + source.name(), e);
        }
        Connection connection;
        try {
            connection = connectionFor(source);
        } catch (StoreException e) {
            pollLock.unlock();
            throw e;
        }
        BandIndex bands = memoryBands.map(MemoryBands::transaction)
                .orElseGet(() -> new StoryBands(connection));
        return PollTransaction.start(source, database.url(), connection, bands, pollLock::unlock);
    }

    /**
     * Starts recording a poll that brought no entries (a {@code 304}, a failure): only the
     * source's state and history are written, which no other source's poll reads, so it does not
     * wait for the poll lock. Writing an entry through it is an error.
     */
    public PollTransaction beginWithoutEntries(SourceConfig source) throws StoreException {
        return PollTransaction.start(source, database.url(), connectionFor(source), BandIndex.NONE, () -> { });
    }

    private Connection connectionFor(SourceConfig source) throws StoreException {
        try {
            return database.connection();
        } catch (SQLException e) {
            throw new StoreException(database.url(),
                    "cannot begin a poll of " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The newest stories, newest first (by the canonical entry's publication time, else when first
     * seen; ties by the newer story first), each with its topics and every source that carried it.
     *
     * @param limit at most this many; none when 0 or less
     * @param topic only stories with this topic, if given
     */
    public List<PublishedStory> latest(int limit, Optional<String> topic) throws StoreException {
        return read("cannot read the latest stories", c -> LatestStories.read(c, limit, topic));
    }

    /**
     * Stories in the order they were first stored, oldest first, skipping {@code from}: the
     * stable sequence that archive pages are cut from (a story never moves in it).
     *
     * @param topic only stories with this topic, if given
     */
    public List<PublishedStory> inSequence(Optional<String> topic, long from, int limit) throws StoreException {
        return read("cannot read stories in sequence", c -> LatestStories.inSequence(c, topic, from, limit));
    }

    /** How many stories there are, or how many have {@code topic}. */
    public long storyCount(Optional<String> topic) throws StoreException {
        return read("cannot count stories", c -> LatestStories.count(c, topic));
    }

    /** The newest stories with no topic at all, newest first, at most {@code limit}. */
    public List<PublishedStory> latestUncategorized(int limit) throws StoreException {
        return read("cannot read the latest uncategorized stories", c -> LatestStories.readUncategorized(c, limit));
    }

    /**
     * Tags the entries still published again when the topic rules changed: see {@link TopicRewrite}.
     * Waits for a poll being written to end, so no poll writes topics from the old rules meanwhile.
     *
     * @return how many entries got other topics; -1 when {@code rulesFingerprint} is the one stored
     */
    public int retag(String rulesFingerprint, int storiesPerFeed, Retagging tagging) throws StoreException {
        try {
            pollLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(database.url(), "interrupted while waiting to re-tag", e);
        }
        try (Connection connection = database.connection()) {
            return new TopicRewrite(connection).rewrite(rulesFingerprint, storiesPerFeed, tagging);
        } catch (SQLException e) {
            throw new StoreException(database.url(), "cannot re-tag entries: " + e.getMessage(), e);
        } finally {
            pollLock.unlock();
        }
    }

    /** How many stories have each topic, by topic name; topics without stories are absent. */
    public Map<String, Long> topicCounts() throws StoreException {
        return read("cannot count topics", LatestStories::topicCounts);
    }

    /** Every source the store knows, by name (sources never polled are absent). */
    public List<SourceHealth> sourceHealth() throws StoreException {
        return read("cannot read source health", SourceRows::health);
    }

    /**
     * One row per configured source, in the given order: what is stored, with the configured URL,
     * or {@code never polled} for a source the store does not know yet.
     */
    public List<SourceHealth> sourceHealth(List<SourceConfig> configured) throws StoreException {
        return SourceHealth.ofConfigured(configured, sourceHealth());
    }

    /**
     * A counter that grows with every committed poll that changed entries, in any process sharing
     * this database: when it moved, published feeds are stale.
     */
    public long changeCount() throws StoreException {
        return read("cannot read the change counter", c -> changeRow(c, "change_count", r -> r.getLong(1)));
    }

    /** When entries last changed, if ever. */
    public Optional<Instant> lastChange() throws StoreException {
        return read("cannot read the change time",
                c -> changeRow(c, "changed_at", r -> Columns.instant(r, "changed_at")));
    }

    /** Every source's newest polls (at most 50 each), oldest first, by source name. */
    public Map<String, List<PollRecord>> pollHistory() throws StoreException {
        return read("cannot read the poll history", PollHistoryRows::all);
    }

    /** Entries first seen since {@code since}, by source name; sources without any are absent. */
    public Map<String, Long> entriesSince(Instant since) throws StoreException {
        return read("cannot count recent entries", c -> ActivityRows.entriesSince(c, since));
    }

    /** Stories per topic per day (UTC) first seen since {@code since}. */
    public List<TopicDay> topicDays(Instant since) throws StoreException {
        return read("cannot count stories per day", c -> ActivityRows.topicDays(c, since));
    }

    /** How many entries and stories are stored. */
    public StoreSize size() throws StoreException {
        return read("cannot count the store", ActivityRows::size);
    }

    /** Stored sources taken out of the config, with when that was noticed. */
    public Map<String, Instant> removedSources() throws StoreException {
        return read("cannot read removed sources", ActivityRows::removed);
    }

    /**
     * Flags stored sources missing from {@code configured} as removed (their entries stay) and
     * clears the flag of sources configured again.
     */
    public void flagRemovedSources(java.util.Collection<String> configured, Instant at) throws StoreException {
        read("cannot flag removed sources", c -> {
            ActivityRows.flagRemoved(c, configured, at);
            return null;
        });
    }

    /** Shows every stored entry, with its topics, to {@code visitor}; for previews, changes nothing. */
    public void scanEntries(java.util.function.Consumer<StoredEntry> visitor) throws StoreException {
        read("cannot read the stored entries", c -> {
            StoredEntries.scan(c, visitor);
            return null;
        });
    }

    /**
     * Shows every stored entry's de-duplication facts to {@code visitor}, oldest first seen first;
     * for previews, changes nothing.
     */
    public void scanFingerprints(java.util.function.Consumer<FingerprintedEntry> visitor) throws StoreException {
        read("cannot read the stored fingerprints", c -> {
            FingerprintedEntries.scan(c, visitor);
            return null;
        });
    }

    /**
     * Removes the stories published before {@code olderThan} and those beyond the newest
     * {@code maxStories}, except any on a current feed page (the newest {@code pageSize} of the
     * merged feed and of each of {@code topics}): {@link #prune(Instant, long, int, List, BooleanSupplier)}
     * run to the end.
     */
    public PruneReport prune(Instant olderThan, long maxStories, int pageSize, List<String> topics)
            throws StoreException {
        return prune(olderThan, maxStories, pageSize, topics, () -> false);
    }

    /**
     * As {@link #prune(Instant, long, int, List)}, in batches of a transaction each (see
     * {@link Pruning}), each under the poll lock, so a poll never joins a story being removed and
     * polls go on between batches. Before each batch {@code stopAsked} is asked (and the thread's
     * interrupt flag looked at): a stop ends the prune there, with the batches done committed and
     * the store whole; the next prune removes the rest.
     *
     * @return what was removed (and committed)
     */
    public PruneReport prune(Instant olderThan, long maxStories, int pageSize, List<String> topics,
                             BooleanSupplier stopAsked) throws StoreException {
        try (Connection connection = database.connection()) {
            return new Pruning(connection, pollLock, () -> memoryBands.ifPresent(MemoryBands::clear))
                    .prune(olderThan, maxStories, pageSize, topics, stopAsked);
        } catch (SQLException e) {
            throw new StoreException(database.url(), "cannot prune: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the space of removed rows back: {@code CHECKPOINT DEFRAG} on an HSQLDB file store.
     * PostgreSQL's autovacuum does this on its own, so elsewhere it does nothing.
     */
    public void compact() throws StoreException {
        if (FileStoreCommands.isFileStore(database.url())) {
            read("cannot compact", c -> {
                FileStoreCommands.compact(c);
                return null;
            });
        }
    }

    /**
     * Writes a consistent copy of an HSQLDB file store to {@code archive} ({@code .tar.gz}) while
     * it stays open; writes wait the few moments it takes ({@code BACKUP DATABASE ... BLOCKING}).
     *
     * @throws StoreException for any other kind of store (PostgreSQL: use pg_dump)
     */
    public void backup(java.nio.file.Path archive) throws StoreException {
        if (!FileStoreCommands.isFileStore(database.url())) {
            throw new StoreException(database.url(), "backup works on an HSQLDB file store only; "
                    + "back a PostgreSQL store up with pg_dump", null);
        }
        read("cannot back up to " + archive, c -> {
            FileStoreCommands.backup(c, archive);
            return null;
        });
    }

    /**
     * When this store's schema was first created: a time every process sharing the database
     * agrees on, for what is dated before any entry was stored.
     */
    public Instant createdAt() throws StoreException {
        return read("cannot read the schema's creation time", Migrations::createdAt);
    }

    /** Records (or replaces) the source list a cluster node started with. */
    public void recordNodeSources(NodeSources sources) throws StoreException {
        read("cannot record the sources of node " + sources.node(), c -> {
            ClusterRows.record(c, sources);
            return null;
        });
    }

    /** The source list every cluster node recorded when it last started, by node name. */
    public List<NodeSources> nodeSources() throws StoreException {
        return read("cannot read the cluster's source lists", ClusterRows::all);
    }

    /**
     * The connection pool, for Quartz's clustered JDBC job store, whose tables live in this
     * database. The store still owns it: callers must not close it, and must write entries only
     * through {@link #begin}.
     */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /**
     * Waits (a while) for a poll being written to end, then closes the pool and shuts an embedded
     * database down cleanly. Errors are logged: there is nothing left to do about them.
     */
    @Override
    public void close() {
        boolean locked = false;
        try {
            locked = pollLock.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            database.close();
        } finally {
            if (locked) {
                pollLock.unlock();
            }
        }
    }

    private static <T> T changeRow(Connection connection, String column, RowReader<T> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + column + " FROM store_change WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the store_change row is missing");
            }
            return reader.read(row);
        }
    }

    private <T> T read(String what, Query<T> query) throws StoreException {
        try (Connection connection = database.connection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new StoreException(database.url(), what + ": " + e.getMessage(), e);
        }
    }

    /** A read on a pooled connection in auto-commit mode. */
    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}

package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.FingerprintCandidate;
import io.tributary.dedup.IdentityKey;
import io.tributary.dedup.KnownEntries;
import io.tributary.dedup.KnownEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * All writes of one poll of one source, in one database transaction: the entries and the
 * source's new state commit together in {@link #finish}, or not at all. Get one from
 * {@link Store#begin}; use it from the thread that began it, in try-with-resources:
 *
 * <pre>{@code
 * try (PollTransaction poll = store.begin(source)) {
 *     for (CleanEntry entry : entries) {
 *         EntryIdentity identity = EntryIdentity.of(entry);
 *         Decision decision = deduplicator.decide(source.name(), identity, poll);
 *         poll.write(new EntryWrite(entry, identity, decision, tagger.tag(entry, source), storyId, now));
 *     }
 *     PollCounts counts = poll.finish(update);
 * }
 * }</pre>
 *
 * <p>While it is open it holds the store's poll lock, so that the lookups and writes of two
 * sources polled at once on this node cannot race (both seeing a link as new and making two
 * stories). Fetch and parse before {@code begin}: the lock should be held for database work only.
 * Lookups see this transaction's own writes, so a feed listing one entry twice stores it once.
 *
 * <p>On PostgreSQL, which several nodes of a cluster share, that lock does not reach the other
 * nodes: there the transaction also takes PostgreSQL advisory locks, held until it ends, on its
 * source (two nodes never write one source's entries at once, even when a node taken for dead
 * was only slow) and on each link it looks up (two nodes never both make a story of one link).
 * Locks taken in feed order can deadlock with another node's; PostgreSQL then fails one
 * transaction, which {@link StoreException#conflict()} tells the caller to poll again.
 */
public final class PollTransaction implements KnownEntries, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollTransaction.class);

    private final SourceConfig source;
    private final String jdbcUrl;
    private final Connection connection;
    private final EntryRows rows;
    private final BandIndex bands;
    private final PrunedEntries pruned;
    private final Runnable unlock;
    private int added;
    private int updated;
    private int duplicates;
    private int unchanged;
    private boolean failed;
    private boolean ended;

    private PollTransaction(SourceConfig source, String jdbcUrl, Connection connection, BandIndex bands,
                            Runnable unlock) {
        this.source = source;
        this.jdbcUrl = jdbcUrl;
        this.connection = connection;
        this.rows = new EntryRows(connection, Dialect.of(jdbcUrl), bands);
        this.bands = bands;
        this.pruned = new PrunedEntries(connection, source.name());
        this.unlock = unlock;
    }

    /**
     * Starts the transaction on a connection the caller no longer owns, finding near-duplicates
     * through {@code bands} (made for this transaction); {@code unlock} runs at the end.
     */
    static PollTransaction start(SourceConfig source, String jdbcUrl, Connection connection, BandIndex bands,
                                 Runnable unlock) throws StoreException {
        PollTransaction poll = new PollTransaction(source, jdbcUrl, connection, bands, unlock);
        try {
            connection.setAutoCommit(false);
            poll.rows.lockSource(source.name());
            SourceRows.ensure(connection, source);
        } catch (SQLException e) {
            poll.close();
            throw poll.failure("cannot begin", e);
        }
        return poll;
    }

    /** @throws UncheckedStoreException if the database fails */
    @Override
    public Optional<KnownEntry> byIdentity(String sourceName, IdentityKey key) {
        return lookUp("cannot look up an entry", () -> rows.byIdentity(sourceName, key));
    }

    /** @throws UncheckedStoreException if the database fails */
    @Override
    public Optional<Long> storyByLink(String normalizedLink) {
        return lookUp("cannot look up a link", () -> rows.storyByLink(normalizedLink));
    }

    /**
     * Entries of any source seen since {@code since} sharing a fingerprint band, from the store's
     * {@link BandIndex}.
     *
     * @throws UncheckedStoreException if the database fails
     */
    @Override
    public List<FingerprintCandidate> byBands(long[] bandHashes, Instant since) {
        return lookUp("cannot look up fingerprint bands", () -> rows.byBands(bandHashes, since));
    }

    /** @throws UncheckedStoreException if the database fails */
    @Override
    public OptionalLong mostSimilarStory(Fingerprint fingerprint, String otherThanSource, Instant since,
                                         double similarity) {
        return lookUp("cannot look up fingerprint bands",
                () -> rows.mostSimilarStory(fingerprint, otherThanSource, since, similarity));
    }

    /**
     * Whether retention removed this source's entry with this identity: a poll leaves it out, so
     * that it does not come back as a new story with a new id.
     */
    public boolean wasPruned(IdentityKey key) throws StoreException {
        requireOpen();
        try {
            return pruned.contains(key);
        } catch (SQLException e) {
            failed = true;
            throw failure("cannot look up the pruned entries", e);
        }
    }

    /**
     * After a poll of the source's whole feed (not cut off, not capped), which lists
     * {@code listed}: forgets the pruned entries the feed has not listed for
     * {@link PrunedEntries#FORGET_AFTER}, since they cannot come back from it.
     */
    public void wholeFeedListed(Set<IdentityKey> listed, Instant now) throws StoreException {
        requireOpen();
        try {
            pruned.wholeFeedListed(listed, now);
        } catch (SQLException e) {
            failed = true;
            throw failure("cannot update the pruned entries", e);
        }
    }

    /** {@link #write(EntryWrite, Optional)} for an entry without a fingerprint. */
    public void write(EntryWrite write) throws StoreException {
        write(write, Optional.empty());
    }

    /**
     * Writes one entry as its decision says: {@code New} makes a story (with
     * {@link EntryWrite#newStoryId()}) and its entry; {@code DuplicateOf} adds the entry to that
     * story; {@code Updated} changes the entry in place; {@code Unchanged} writes nothing. The
     * story's {@code updated} time moves to {@link EntryWrite#now()} on a duplicate or an update.
     * A duplicate from a source of higher {@code priority} than the story's standing entry's
     * becomes the story's entry. The fingerprint, if any, is stored and indexed by its bands.
     */
    public void write(EntryWrite write, Optional<Fingerprint> fingerprint) throws StoreException {
        requireOpen();
        Decision decision = write.decision();
        try {
            if (decision instanceof Decision.New) {
                rows.insertStory(source.name(), source.priority(), write, fingerprint);
                added++;
            } else if (decision instanceof Decision.DuplicateOf) {
                rows.joinStory(((Decision.DuplicateOf) decision).storyId(), source.name(), source.priority(), write,
                        fingerprint);
                duplicates++;
            } else if (decision instanceof Decision.Updated) {
                Decision.Updated update = (Decision.Updated) decision;
                rows.updateEntry(update.entryId(), update.storyId(), source.name(), write, fingerprint);
                updated++;
            } else {
                unchanged++;
            }
        } catch (SQLException e) {
            failed = true;
            throw failure("cannot write an entry (" + write.identity().key().value() + ")", e);
        }
    }

    /**
     * Records how the poll ended, commits everything and ends the transaction (a later
     * {@link #close} does nothing). Bumps the store's change counter when an entry changed.
     *
     * @return what was written, for the caller's report
     * @throws StoreException if the commit fails (then nothing of this poll is kept) or an earlier
     *                        write failed (then nothing is committed)
     */
    public PollCounts finish(SourceUpdate update) throws StoreException {
        requireOpen();
        if (failed) {
            throw new StoreException(jdbcUrl,
                    "source " + source.name() + ": an earlier write failed; not committing", null);
        }
        PollCounts counts = new PollCounts(added, updated, duplicates, unchanged);
        try {
            SourceRows.update(connection, source.name(), update);
            PollHistoryRows.record(connection, source.name(), update, counts);
            if (counts.changedEntries()) {
                try (PreparedStatement bump = connection.prepareStatement(
                        "UPDATE store_change SET change_count = change_count + 1, changed_at = ? WHERE id = 1")) {
                    Columns.setInstant(bump, 1, update.at());
                    bump.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            failed = true;
            close();
            throw failure("cannot commit", e);
        }
        bands.committed();
        end();
        return counts;
    }

    /** Ends the transaction; without {@link #finish} first, everything written is rolled back. */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("store {}: source {}: rollback failed: {}", StoreException.withoutPassword(jdbcUrl),
                    source.name(), e.getMessage());
        }
        end();
    }

    private void end() {
        ended = true;
        try {
            rows.close();
        } catch (SQLException e) {
            LOG.debug("store: closing statements failed", e);
        }
        try (Connection returned = connection) {
            returned.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.warn("store {}: source {}: cannot return the connection: {}",
                    StoreException.withoutPassword(jdbcUrl), source.name(), e.getMessage());
        } finally {
            unlock.run();
        }
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("the poll transaction of " + source.name() + " has ended");
        }
    }

    /**
     * One of the de-duplicator's questions, asked inside this transaction. Its interface cannot
     * throw SQLException, so a failure marks the transaction failed (it will roll back) and goes
     * up unchecked.
     */
    private <T> T lookUp(String what, SqlLookup<T> lookup) {
        requireOpen();
        try {
            return lookup.get();
        } catch (SQLException e) {
            failed = true;
            throw new UncheckedStoreException(failure(what, e));
        }
    }

    @FunctionalInterface
    private interface SqlLookup<T> {
        T get() throws SQLException;
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(jdbcUrl, "source " + source.name() + ": " + what + ": " + e.getMessage(), e);
    }
}

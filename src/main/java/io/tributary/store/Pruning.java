package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Retention: removes the oldest stories beyond an age or a count, with their entries and topics,
 * but never a story on a current feed page (the newest {@code pageSize} of the merged feed and of
 * each topic's feed), so a reader's feed never loses an entry it still shows.
 *
 * <p>The stories to remove are chosen once, without the poll lock, then removed oldest first in
 * batches of {@link #STORIES_PER_BATCH}, each batch in a transaction of its own under the poll
 * lock. Between two batches the lock is free, so polls are not held back for the whole prune, and
 * the prune can be stopped there: everything committed is whole, and the next prune removes the
 * rest.
 *
 * <p>A prune with nothing due must not walk the stories table (in an embedded HSQLDB store every
 * row an index walk passes is read from disk): the age cut is a range of the {@code stories_newest}
 * index, the count cut is looked at only when the span of story ids exceeds it, and the current
 * pages are read only when some story is due.
 */
final class Pruning {
    /** Stories removed per transaction: also the most ids bound to one statement. */
    static final int STORIES_PER_BATCH = 500;
    /** The stories older than the age cut, oldest first: a range of {@code stories_newest}. */
    static final String OLDER_THAN = "SELECT id FROM stories WHERE published < ? ORDER BY published, id";
    /** The lowest and the highest story id: one end of the primary key each. */
    static final String LOWEST_ID = "SELECT id FROM stories ORDER BY id FETCH FIRST 1 ROW ONLY";
    static final String HIGHEST_ID = "SELECT id FROM stories ORDER BY id DESC FETCH FIRST 1 ROW ONLY";
    private static final String NEWEST_ENTRY = "SELECT id FROM entries ORDER BY id DESC FETCH FIRST 1 ROW ONLY";

    private final Connection connection;
    private final ReentrantLock pollLock;
    private final Runnable beforeCommit;

    /**
     * @param connection   used for the whole prune; left in auto-commit mode
     * @param pollLock     the store's poll lock, held while removing a batch (not while choosing)
     * @param beforeCommit run before a batch that removed stories commits (forgets the band index)
     */
    Pruning(Connection connection, ReentrantLock pollLock, Runnable beforeCommit) {
        this.connection = connection;
        this.pollLock = pollLock;
        this.beforeCommit = beforeCommit;
    }

    /**
     * Removes the stories published before {@code olderThan} and those beyond the newest
     * {@code maxStories}, except those on a current page, batch by batch, until done or until
     * {@code stopAsked} (asked before each batch) says to stop or the thread is interrupted.
     *
     * @return how many stories and entries were removed (committed)
     */
    PruneReport prune(Instant olderThan, long maxStories, int pageSize, List<String> topics,
                      BooleanSupplier stopAsked) throws SQLException {
        if (!lock()) {
            return new PruneReport(0, 0);
        }
        long newestEntry;
        try {
            // read under the lock, so no poll of this node has entries written but not committed
            newestEntry = oneId(NEWEST_ENTRY).orElse(0L);
        } finally {
            pollLock.unlock();
        }
        // chosen without the lock: polls go on meanwhile, and a story one of them joins or changes
        // is left out of its batch; an empty choice when the stop came while choosing
        Map<Long, Instant> updatedWhenChosen = doomed(olderThan, maxStories, pageSize, topics, stopAsked);
        List<Long> doomed = new ArrayList<>(updatedWhenChosen.keySet());
        int stories = 0;
        int entries = 0;
        for (int from = 0; from < doomed.size(); from += STORIES_PER_BATCH) {
            if (stopAsked.getAsBoolean() || Thread.currentThread().isInterrupted() || !lock()) {
                break;
            }
            try {
                PruneReport batch = removeAndCommit(
                        doomed.subList(from, Math.min(doomed.size(), from + STORIES_PER_BATCH)), newestEntry,
                        updatedWhenChosen);
                stories += batch.stories();
                entries += batch.entries();
            } finally {
                pollLock.unlock();
            }
        }
        return new PruneReport(stories, entries);
    }

    /** Takes the poll lock; false when interrupted while waiting (a stop: the flag stays set). */
    private boolean lock() {
        try {
            pollLock.lockInterruptibly();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The stories due, oldest first, without those on a current page, each with its
     * {@code updated} time as it was when chosen. Only the pages of topics that some due story has
     * are read. The times are read before the pages: a poll that moves a story onto a page after
     * that is seen by the pages or, later, by its batch.
     */
    private Map<Long, Instant> doomed(Instant olderThan, long maxStories, int pageSize, List<String> topics,
                                      BooleanSupplier stopAsked) throws SQLException {
        List<Long> old = ids(OLDER_THAN, statement -> Columns.setInstant(statement, 1, olderThan));
        List<Long> beyond = beyondNewest(maxStories);
        // both are a prefix of the stories oldest first, so the longer holds the other
        Set<Long> due = new LinkedHashSet<>(old.size() >= beyond.size() ? old : beyond);
        due.addAll(old.size() >= beyond.size() ? beyond : old);
        if (due.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> updated = updatedTimes(new ArrayList<>(due));
        Map<Long, Instant> doomed = new LinkedHashMap<>();
        due.stream().filter(updated::containsKey).forEach(id -> doomed.put(id, updated.get(id)));
        doomed.keySet().removeAll(newest(pageSize, Optional.empty()));
        Set<String> pagesToRead = topicsOf(new ArrayList<>(doomed.keySet()));
        pagesToRead.retainAll(topics);
        for (String topic : pagesToRead) {
            if (stopAsked.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                return Map.of();
            }
            doomed.keySet().removeAll(newest(pageSize, Optional.of(topic)));
        }
        return doomed;
    }

    /** Every topic any of the stories has. */
    private Set<String> topicsOf(List<Long> stories) throws SQLException {
        Set<String> topics = new LinkedHashSet<>();
        for (int from = 0; from < stories.size(); from += STORIES_PER_BATCH) {
            List<Long> chunk = stories.subList(from, Math.min(stories.size(), from + STORIES_PER_BATCH));
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT t.topic FROM entry_topics t "
                    + "JOIN entries e ON e.id = t.entry_id WHERE e.story_id IN " + placeholders(chunk.size()))) {
                bindIds(select, 1, chunk);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        topics.add(row.getString(1));
                    }
                }
            }
        }
        return topics;
    }

    /** The stories beyond the newest {@code maxStories}, oldest first. */
    private List<Long> beyondNewest(long maxStories) throws SQLException {
        Optional<Long> lowest = oneId(LOWEST_ID);
        Optional<Long> highest = oneId(HIGHEST_ID);
        // ids are unique, so there are no more stories than the span of ids: when that is within
        // the cut, nothing is beyond it and the walk of the whole index below is not needed
        if (lowest.isEmpty() || highest.get() - lowest.get() + 1 <= Math.max(0, maxStories)) {
            return List.of();
        }
        List<Long> newestFirst = ids("SELECT id FROM stories ORDER BY published DESC, id DESC OFFSET "
                + Math.max(0, maxStories) + " ROWS", statement -> { });
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Removes one batch in one transaction, leaving out any story a poll joined since the stories
     * were chosen (it has an entry newer than {@code newestEntry}) or changed since (its
     * {@code updated} time moved): a poll has just shown that its source still carries it, and an
     * update may have moved it onto a current page.
     */
    private PruneReport removeAndCommit(List<Long> chosen, long newestEntry, Map<Long, Instant> updatedWhenChosen)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<Long> chunk = new ArrayList<>(chosen);
            chunk.removeAll(ids("SELECT DISTINCT story_id FROM entries WHERE id > ? AND story_id IN "
                    + placeholders(chosen.size()), statement -> {
                        statement.setLong(1, newestEntry);
                        bindIds(statement, 2, chosen);
                    }));
            Map<Long, Instant> updatedNow = updatedTimes(chunk);
            chunk.removeIf(id -> !Objects.equals(updatedNow.get(id), updatedWhenChosen.get(id)));
            int entries = chunk.isEmpty() ? 0 : remove(chunk);
            if (!chunk.isEmpty()) {
                try (PreparedStatement bump = connection.prepareStatement(
                        "UPDATE store_change SET change_count = change_count + 1 WHERE id = 1")) {
                    bump.executeUpdate();
                }
                // before the commit: a poll waiting for the lock must not find a removed story
                beforeCommit.run();
            }
            connection.commit();
            return new PruneReport(chunk.size(), entries);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Deletes the stories and everything of theirs; says how many entries went. */
    private int remove(List<Long> chunk) throws SQLException {
        String in = placeholders(chunk.size());
        // remembered, so that a poll of a feed still listing them does not store them again
        execute(PrunedEntries.recordStoriesIn(in), chunk);
        // every table that points at an entry goes first: topics, enclosures, fingerprint bands, texts
        for (String table : List.of("entry_topics", "entry_enclosures", "story_bands", "entry_texts")) {
            execute("DELETE FROM " + table + " WHERE entry_id IN (SELECT id FROM entries WHERE story_id IN " + in + ")",
                    chunk);
        }
        int entries = execute("DELETE FROM entries WHERE story_id IN " + in, chunk);
        execute("DELETE FROM stories WHERE id IN " + in, chunk);
        return entries;
    }

    /** Each story's {@code updated} time, by id (a story no longer stored has none). */
    private Map<Long, Instant> updatedTimes(List<Long> stories) throws SQLException {
        Map<Long, Instant> updated = new HashMap<>();
        for (int from = 0; from < stories.size(); from += STORIES_PER_BATCH) {
            List<Long> chunk = stories.subList(from, Math.min(stories.size(), from + STORIES_PER_BATCH));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, updated FROM stories WHERE id IN " + placeholders(chunk.size()))) {
                bindIds(select, 1, chunk);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        updated.put(row.getLong("id"), Columns.instant(row, "updated").orElseThrow());
                    }
                }
            }
        }
        return updated;
    }

    private List<Long> newest(int pageSize, Optional<String> topic) throws SQLException {
        return CurrentPages.newest(connection, Math.max(1, pageSize), topic);
    }

    private Optional<Long> oneId(String sql) throws SQLException {
        List<Long> ids = ids(sql, statement -> { });
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    private List<Long> ids(String sql, Binder binder) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Runs an INSERT, UPDATE or DELETE with {@code ids} bound from its first parameter on. */
    private int execute(String sql, List<Long> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindIds(statement, 1, ids);
            return statement.executeUpdate();
        }
    }

    private static void bindIds(PreparedStatement statement, int from, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(from + i, ids.get(i));
        }
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}

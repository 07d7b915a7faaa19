package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Retention: removes the oldest stories beyond an age or a count, with their entries and topics,
 * but never a story on a current feed page (the newest {@code pageSize} of the merged feed and of
 * each topic's feed), so a reader's feed never loses an entry it still shows.
 */
final class Pruning {
    private static final int IDS_PER_STATEMENT = 500;

    private Pruning() {
    }

    /**
     * {@link #prune} in one transaction of its own on {@code connection}: bumps the store's change
     * counter when stories went, runs {@code beforeCommit}, commits; rolls everything back on failure.
     */
    static PruneReport pruneAndCommit(Connection connection, Instant olderThan, long maxStories, int pageSize,
                                      List<String> topics, Runnable beforeCommit) throws SQLException {
        connection.setAutoCommit(false);
        try {
            PruneReport report = prune(connection, olderThan, maxStories, pageSize, topics);
            if (report.stories() > 0) {
                try (PreparedStatement bump = connection.prepareStatement(
                        "UPDATE store_change SET change_count = change_count + 1 WHERE id = 1")) {
                    bump.executeUpdate();
                }
            }
            beforeCommit.run();
            connection.commit();
            return report;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * @param olderThan  stories published before this go
     * @param maxStories stories beyond the newest this many go
     * @param pageSize   entries per published feed page
     * @param topics     every published topic feed
     * @return how many stories and entries were removed
     */
    static PruneReport prune(Connection connection, Instant olderThan, long maxStories, int pageSize,
                             List<String> topics) throws SQLException {
        Set<Long> onPages = new LinkedHashSet<>(newest(connection, pageSize, Optional.empty()));
        for (String topic : topics) {
            onPages.addAll(newest(connection, pageSize, Optional.of(topic)));
        }
        Set<Long> doomed = new LinkedHashSet<>(ids(connection,
                "SELECT id FROM stories WHERE published < ?", statement -> Columns.setInstant(statement, 1, olderThan)));
        doomed.addAll(ids(connection, "SELECT id FROM stories ORDER BY published DESC, id DESC OFFSET "
                + Math.max(0, maxStories) + " ROWS", statement -> { }));
        doomed.removeAll(onPages);
        List<Long> ids = new ArrayList<>(doomed);
        int entries = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            String in = "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            // every table that points at an entry goes first: topics, enclosures, fingerprint bands, texts
            for (String table : List.of("entry_topics", "entry_enclosures", "story_bands", "entry_texts")) {
                delete(connection, "DELETE FROM " + table + " WHERE entry_id IN "
                        + "(SELECT id FROM entries WHERE story_id IN " + in + ")", chunk);
            }
            entries += delete(connection, "DELETE FROM entries WHERE story_id IN " + in, chunk);
            delete(connection, "DELETE FROM stories WHERE id IN " + in, chunk);
        }
        return new PruneReport(ids.size(), entries);
    }

    /** The ids of the newest {@code pageSize} stories of the merged feed, or of one topic's feed. */
    static List<Long> newestIds(Connection connection, int pageSize, Optional<String> topic) throws SQLException {
        return newest(connection, pageSize, topic);
    }

    private static List<Long> newest(Connection connection, int pageSize, Optional<String> topic) throws SQLException {
        String sql = "SELECT s.id FROM stories s "
                + (topic.isPresent() ? "WHERE EXISTS (SELECT 1 FROM entries te JOIN entry_topics t "
                + "ON t.entry_id = te.id WHERE te.story_id = s.id AND t.topic = ?) " : "")
                + "ORDER BY s.published DESC, s.id DESC FETCH FIRST " + Math.max(1, pageSize) + " ROWS ONLY";
        return ids(connection, sql, statement -> {
            if (topic.isPresent()) {
                statement.setString(1, topic.get());
            }
        });
    }

    private static List<Long> ids(Connection connection, String sql, Binder binder) throws SQLException {
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

    private static int delete(Connection connection, String sql, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                delete.setLong(i + 1, ids.get(i));
            }
            return delete.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}

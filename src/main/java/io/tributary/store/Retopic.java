package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies edited topic rules to the entries readers see now: those of the stories on the current
 * feed pages (merged feed and every topic feed, old topics and new). Older entries keep their
 * topics; they are past every page anyway.
 */
final class Retopic {
    private Retopic() {
    }

    /** @return how many entries' topics changed */
    static int apply(Connection connection, int pageSize, List<String> topics,
                     Function<StoredEntry, Set<String>> tag) throws SQLException {
        Set<Long> stories = new LinkedHashSet<>(Pruning.newestIds(connection, pageSize, java.util.Optional.empty()));
        for (String topic : topics) {
            stories.addAll(Pruning.newestIds(connection, pageSize, java.util.Optional.of(topic)));
        }
        List<Long> ids = new ArrayList<>(stories);
        int changed = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Row> rows = new ArrayList<>();
            String sql = "SELECT e.id, e.story_id, e.source_name, e.title, e.summary, e.body_text, e.normalized_link "
                    + "FROM entries e WHERE e.story_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(new Row(row.getLong(1), new StoredEntry(row.getLong(2), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6),
                                Columns.text(row, "normalized_link"), topicsOf(connection, row.getLong(1)))));
                    }
                }
            }
            for (Row row : rows) {
                Set<String> wanted = new TreeSet<>(tag.apply(row.entry()));
                if (!wanted.equals(new TreeSet<>(row.entry().topics()))) {
                    replaceTopics(connection, row.id(), wanted);
                    changed++;
                }
            }
        }
        return changed;
    }

    private static List<String> topicsOf(Connection connection, long entryId) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT topic FROM entry_topics WHERE entry_id = ? ORDER BY topic")) {
            select.setLong(1, entryId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    topics.add(row.getString(1));
                }
            }
        }
        return topics;
    }

    private static void replaceTopics(Connection connection, long entryId, Set<String> topics) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entry_topics WHERE entry_id = ?")) {
            delete.setLong(1, entryId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entry_topics (entry_id, topic) VALUES (?, ?)")) {
            for (String topic : topics) {
                insert.setLong(1, entryId);
                insert.setString(2, topic);
                insert.executeUpdate();
            }
        }
    }

    private record Row(long id, StoredEntry entry) {
    }
}

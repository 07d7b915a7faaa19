package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts for operators (status page, metrics): activity per source and topic, size, removed sources. */
final class ActivityRows {
    private ActivityRows() {
    }

    /** Entries first seen since {@code since}, by source name; sources without any are absent. */
    static Map<String, Long> entriesSince(Connection connection, Instant since) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_name, COUNT(*) FROM entries WHERE first_seen >= ? GROUP BY source_name")) {
            Columns.setInstant(select, 1, since);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Stories per topic per day since {@code since}. Days are cut in Java (UTC) rather than in
     * SQL, because casting a zoned timestamp to a date differs between HSQLDB and PostgreSQL.
     */
    static List<TopicDay> topicDays(Connection connection, Instant since) throws SQLException {
        Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT t.topic, s.id, s.first_seen FROM entry_topics t "
                        + "JOIN entries e ON e.id = t.entry_id JOIN stories s ON s.id = e.story_id "
                        + "WHERE s.first_seen >= ?")) {
            Columns.setInstant(select, 1, since);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    LocalDate day = LocalDate.ofInstant(Columns.instant(row, "first_seen").orElseThrow(),
                            ZoneOffset.UTC);
                    counts.computeIfAbsent(row.getString(1), topic -> new TreeMap<>()).merge(day, 1L, Long::sum);
                }
            }
        }
        List<TopicDay> days = new ArrayList<>();
        counts.forEach((topic, byDay) -> byDay.forEach((day, n) -> days.add(new TopicDay(topic, day, n))));
        return days;
    }

    static StoreSize size(Connection connection) throws SQLException {
        return new StoreSize(count(connection, "entries"), count(connection, "stories"));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Sources taken out of the config, with when that was noticed. */
    static Map<String, Instant> removed(Connection connection) throws SQLException {
        Map<String, Instant> removed = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, removed_at FROM sources WHERE removed_at IS NOT NULL");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                removed.put(row.getString(1), Columns.instant(row, "removed_at").orElseThrow());
            }
        }
        return removed;
    }

    /**
     * Flags every stored source not in {@code configured} as removed (keeping the first time it
     * was seen missing) and clears the flag of those configured again.
     */
    static void flagRemoved(Connection connection, Collection<String> configured, Instant at) throws SQLException {
        List<String> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM sources");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                stored.add(row.getString(1));
            }
        }
        try (PreparedStatement gone = connection.prepareStatement(
                "UPDATE sources SET removed_at = ? WHERE name = ? AND removed_at IS NULL");
             PreparedStatement back = connection.prepareStatement(
                     "UPDATE sources SET removed_at = NULL WHERE name = ? AND removed_at IS NOT NULL")) {
            for (String name : stored) {
                if (configured.contains(name)) {
                    back.setString(1, name);
                    back.executeUpdate();
                } else {
                    Columns.setInstant(gone, 1, at);
                    gone.setString(2, name);
                    gone.executeUpdate();
                }
            }
        }
    }
}

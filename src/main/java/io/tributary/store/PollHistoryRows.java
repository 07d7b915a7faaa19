package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code poll_history} table: written inside the poll's transaction, pruned as it goes. */
final class PollHistoryRows {
    /** Polls kept per source: enough for the status page's chart, few enough to never matter. */
    static final int KEPT = 50;
    private static final int STATUS = 100;

    private PollHistoryRows() {
    }

    /** Adds one poll and drops the source's polls older than the newest {@link #KEPT}. */
    static void record(Connection connection, String source, SourceUpdate update, PollCounts counts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO poll_history (source_name, polled_at, status, success, millis, new_count, "
                        + "updated_count, duplicate_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, source);
            Columns.setInstant(insert, 2, update.at());
            insert.setString(3, Columns.clip(update.status(), STATUS));
            insert.setBoolean(4, update.success());
            insert.setLong(5, update.millis());
            insert.setInt(6, counts.added());
            insert.setInt(7, counts.updated());
            insert.setInt(8, counts.duplicates());
            insert.executeUpdate();
        }
        // Two plain statements rather than one DELETE with a limited subquery: both databases
        // accept OFFSET/FETCH in a top-level SELECT, not all forms of it inside a DELETE.
        Long oldestKept = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM poll_history WHERE source_name = ? ORDER BY id DESC "
                        + "OFFSET " + (KEPT - 1) + " ROWS FETCH NEXT 1 ROWS ONLY")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    oldestKept = row.getLong(1);
                }
            }
        }
        if (oldestKept != null) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM poll_history WHERE source_name = ? AND id < ?")) {
                delete.setString(1, source);
                delete.setLong(2, oldestKept);
                delete.executeUpdate();
            }
        }
    }

    /** Every source's kept polls, oldest first, by source name. */
    static Map<String, List<PollRecord>> all(Connection connection) throws SQLException {
        Map<String, List<PollRecord>> bySource = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_name, polled_at, status, success, millis, new_count, updated_count, duplicate_count "
                        + "FROM poll_history ORDER BY source_name, id");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                PollRecord record = new PollRecord(row.getString(1), Columns.instant(row, "polled_at").orElseThrow(),
                        row.getString(3), row.getBoolean(4), row.getLong(5), row.getInt(6), row.getInt(7),
                        row.getInt(8));
                bySource.computeIfAbsent(record.source(), name -> new ArrayList<>()).add(record);
            }
        }
        return bySource;
    }
}

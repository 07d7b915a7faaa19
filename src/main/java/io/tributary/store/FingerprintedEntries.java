package io.tributary.store;

import io.tributary.dedup.Fingerprint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Reads every stored entry's de-duplication facts in the order polls met them (first seen, then
 * id), one at a time, without the texts: the fingerprint stands for them.
 */
final class FingerprintedEntries {
    /** Rows fetched per round trip; keeps memory flat on a large store. */
    private static final int FETCH_SIZE = 500;

    private FingerprintedEntries() {
    }

    static void scan(Connection connection, Consumer<FingerprintedEntry> visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, story_id, source_name, title, normalized_link, first_seen, fingerprint FROM entries "
                        + "ORDER BY first_seen, id")) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    visitor.accept(new FingerprintedEntry(row.getLong("id"), row.getLong("story_id"),
                            row.getString("source_name"), row.getString("title"), Columns.text(row, "normalized_link"),
                            Columns.instant(row, "first_seen").orElseThrow(() -> new SQLException("no first_seen")),
                            Fingerprint.decode(row.getString("fingerprint"))));
                }
            }
        }
    }
}

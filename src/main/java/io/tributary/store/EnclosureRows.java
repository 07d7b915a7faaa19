package io.tributary.store;

import io.tributary.parse.Enclosure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code entry_enclosures} rows: an entry's media files, written with it and read for publishing. */
final class EnclosureRows {
    static final String DELETE = "DELETE FROM entry_enclosures WHERE entry_id = ?";
    static final String INSERT = "INSERT INTO entry_enclosures (entry_id, enclosure_order, url, media_type, size_bytes) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final int MAX_PER_ENTRY = 20;
    private static final int MEDIA_TYPE = 200;

    private EnclosureRows() {
    }

    /** Adds an entry's enclosures with a prepared {@link #INSERT}; URLs too long to keep whole are skipped. */
    static void insert(PreparedStatement insert, long entryId, List<Enclosure> enclosures) throws SQLException {
        int order = 0;
        for (Enclosure enclosure : enclosures) {
            if (order >= MAX_PER_ENTRY || enclosure.url().length() > Columns.URL) {
                continue;
            }
            insert.setLong(1, entryId);
            insert.setInt(2, order++);
            insert.setString(3, enclosure.url());
            Columns.setText(insert, 4, enclosure.type().filter(t -> t.length() <= MEDIA_TYPE));
            if (enclosure.length().isPresent()) {
                insert.setLong(5, enclosure.length().getAsLong());
            } else {
                insert.setNull(5, Types.BIGINT);
            }
            insert.addBatch();
        }
        if (order > 0) {
            insert.executeBatch();
        }
    }

    /** The enclosures of these entries, in their order, by entry id. */
    static Map<Long, List<Enclosure>> read(Connection connection, List<Long> entryIds) throws SQLException {
        Map<Long, List<Enclosure>> found = new HashMap<>();
        if (entryIds.isEmpty()) {
            return found;
        }
        String sql = "SELECT entry_id, url, media_type, size_bytes FROM entry_enclosures WHERE entry_id IN ("
                + String.join(", ", Collections.nCopies(entryIds.size(), "?")) + ") ORDER BY entry_id, enclosure_order";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < entryIds.size(); i++) {
                select.setLong(i + 1, entryIds.get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long size = row.getLong("size_bytes");
                    OptionalLong length = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(size);
                    found.computeIfAbsent(row.getLong("entry_id"), id -> new ArrayList<>()).add(new Enclosure(
                            row.getString("url"), Optional.ofNullable(row.getString("media_type")), length));
                }
            }
        }
        return found;
    }
}

package io.tributary.store;

import io.tributary.clean.CleanEntry;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The {@code entry_texts} row of an entry: its two long texts, kept out of the {@code entries} row
 * so that walking an index of {@code entries} does not read them (see {@code V11__entry_texts.sql}).
 * Written with the entry, in the same transaction; every entry has exactly one.
 */
final class EntryTexts {
    /** Both statements take the same parameters: content_html, body_text, entry_id. */
    static final String INSERT = "INSERT INTO entry_texts (content_html, body_text, entry_id) VALUES (?, ?, ?)";
    static final String UPDATE = "UPDATE entry_texts SET content_html = ?, body_text = ? WHERE entry_id = ?";

    private EntryTexts() {
    }

    /** Runs a prepared {@link #INSERT} or {@link #UPDATE} with the entry's texts, clipped to fit. */
    static void write(PreparedStatement statement, long entryId, CleanEntry entry) throws SQLException {
        statement.setString(1, Columns.clipHtml(entry.contentHtml(), Columns.LONG_TEXT));
        statement.setString(2, Columns.clip(entry.text(), Columns.LONG_TEXT));
        statement.setLong(3, entryId);
        if (statement.executeUpdate() != 1) {
            // only an update can miss: an entry without its texts row would drop out of every feed
            throw new SQLException("entry " + entryId + " has no entry_texts row to update");
        }
    }
}

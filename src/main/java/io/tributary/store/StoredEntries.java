package io.tributary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads every stored entry with its topics, one at a time, in one pass over a join. */
final class StoredEntries {
    private StoredEntries() {
    }

    static void scan(Connection connection, Consumer<StoredEntry> visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT e.id, e.story_id, e.source_name, e.title, e.summary, x.body_text, e.normalized_link, t.topic "
                        + "FROM entries e JOIN entry_texts x ON x.entry_id = e.id "
                        + "LEFT JOIN entry_topics t ON t.entry_id = e.id ORDER BY e.id, t.topic");
             ResultSet row = select.executeQuery()) {
            long currentId = -1;
            Partial partial = null;
            while (row.next()) {
                long id = row.getLong(1);
                if (id != currentId) {
                    if (partial != null) {
                        visitor.accept(partial.entry());
                    }
                    currentId = id;
                    partial = new Partial(row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), Columns.text(row, "normalized_link"), new ArrayList<>());
                }
                String topic = row.getString(8);
                if (topic != null) {
                    partial.topics().add(topic);
                }
            }
            if (partial != null) {
                visitor.accept(partial.entry());
            }
        }
    }

    private record Partial(long storyId, String source, String title, String summary, String text,
                           java.util.Optional<String> link, List<String> topics) {
        StoredEntry entry() {
            return new StoredEntry(storyId, source, title, summary, text, link, topics);
        }
    }
}

package io.tributary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Checks that a store is whole: no row points at a missing one, and every story keeps an entry. */
public final class StoreConsistency {
    private StoreConsistency() {
    }

    public static void assertWhole(Store store) throws SQLException {
        try (Connection connection = store.dataSource().getConnection()) {
            assertThat(count(connection, "SELECT COUNT(*) FROM entries e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM stories s WHERE s.id = e.story_id)")).as("entries without a story").isZero();
            assertThat(count(connection, "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM entries e WHERE e.story_id = s.id)")).as("stories without an entry").isZero();
            for (String table : List.of("entry_topics", "entry_enclosures", "story_bands", "entry_texts")) {
                assertThat(count(connection, "SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM entries e WHERE e.id = t.entry_id)")).as(table + " of no entry").isZero();
            }
            assertThat(count(connection, "SELECT COUNT(*) FROM entries e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM entry_texts t WHERE t.entry_id = e.id)")).as("entries without texts").isZero();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

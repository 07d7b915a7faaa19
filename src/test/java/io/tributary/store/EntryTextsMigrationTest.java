package io.tributary.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Migration 11 moves the entries' long texts to {@code entry_texts}: a store an older Tributary
 * left at version 10, with entries in it, keeps every text and reads as before.
 */
@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class EntryTextsMigrationTest {
    private static final int BEFORE_THE_MOVE = 10;
    private static final Instant SEEN = Instant.parse("2026-10-05T08:00:00Z");
    /** Far longer than a page or a row cache slot, to show long texts survive the copy whole. */
    private static final String LONG_HTML = "<p>" + "The weir was rebuilt stone by stone. ".repeat(4000) + "</p>";

    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;
    private Connection connection;

    @BeforeEach
    void storeAtVersion10WithEntries() throws Exception {
        database = fixture.fresh();
        connection = database.connect();
        new Migrations(database.settings().url()).apply(connection, BEFORE_THE_MOVE);
        execute("INSERT INTO sources (name, url) VALUES ('Alpha', 'https://alpha.example.org/feed')");
        execute("INSERT INTO sources (name, url) VALUES ('Beta', 'https://beta.example.org/feed')");
        story(1, 1);
        story(2, 3);
        entry(1, 1, "Alpha", "Lock gates", "<p>The lock <b>gates</b> open at dawn.</p>",
                "The lock gates open at dawn.");
        entry(2, 1, "Beta", "Lock gates", "<p>Gates open early.</p>", "Gates open early.");
        entry(3, 2, "Alpha", "The weir", LONG_HTML, "The weir was rebuilt.");
    }

    @AfterEach
    void drop() throws Exception {
        StoreFixture.closeIfOpened(connection, database);
    }

    @Test
    void copiesEveryEntrysContentAndTextToTheirOwnTable() throws Exception {
        assertThat(new Migrations(database.settings().url()).apply(connection)).containsExactly(11, 12, 13);

        assertThat(storedTexts()).isEqualTo(Map.of(
                1L, List.of("<p>The lock <b>gates</b> open at dawn.</p>", "The lock gates open at dawn."),
                2L, List.of("<p>Gates open early.</p>", "Gates open early."),
                3L, List.of(LONG_HTML, "The weir was rebuilt.")));
    }

    @Test
    void dropsTheTextColumnsFromEntries() throws Exception {
        new Migrations(database.settings().url()).apply(connection);

        assertThatThrownBy(() -> execute("SELECT content_html FROM entries")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("SELECT body_text FROM entries")).isInstanceOf(SQLException.class);
    }

    @Test
    void publishesStoriesStoredBeforeTheMoveWithTheirContent() throws Exception {
        try (Store store = Store.open(database.settings())) {
            assertThat(store.latest(10, Optional.empty()))
                    .extracting(PublishedStory::title, PublishedStory::contentHtml)
                    .containsExactlyInAnyOrder(
                            tuple("Lock gates", "<p>The lock <b>gates</b> open at dawn.</p>"),
                            tuple("The weir", LONG_HTML));
        }
    }

    @Test
    void scansEntriesStoredBeforeTheMoveWithTheirText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Store store = Store.open(database.settings())) {
            store.scanEntries(entry -> texts.add(entry.source() + ": " + entry.text()));
        }

        assertThat(texts).containsExactly("Alpha: The lock gates open at dawn.", "Beta: Gates open early.",
                "Alpha: The weir was rebuilt.");
    }

    private Map<Long, List<String>> storedTexts() throws SQLException {
        Map<Long, List<String>> texts = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT entry_id, content_html, body_text FROM entry_texts")) {
            while (row.next()) {
                texts.put(row.getLong(1), List.of(row.getString(2), row.getString(3)));
            }
        }
        return texts;
    }

    private void story(long id, long canonicalEntryId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stories (id, tag_id, published, "
                + "first_seen, updated, canonical_entry_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "tag:tributary.example.org,2026-10-05:" + id);
            Columns.setInstant(insert, 3, SEEN.minusSeconds(id));
            Columns.setInstant(insert, 4, SEEN);
            Columns.setInstant(insert, 5, SEEN);
            insert.setLong(6, canonicalEntryId);
            insert.executeUpdate();
        }
    }

    /** An entries row as version 10 had it, texts included. */
    private void entry(long id, long storyId, String source, String title, String html, String text)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entries (id, story_id, source_name, "
                + "identity_key, title, content_html, summary, body_text, first_seen, content_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, storyId);
            insert.setString(3, source);
            insert.setString(4, "guid:" + id);
            insert.setString(5, title);
            insert.setString(6, html);
            insert.setString(7, "");
            insert.setString(8, text);
            Columns.setInstant(insert, 9, SEEN);
            insert.setString(10, String.format("%064d", id));
            insert.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

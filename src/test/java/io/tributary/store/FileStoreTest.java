package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.fetch.FetchState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

class FileStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig ALPHA = Poller.source("Alpha");

    @TempDir
    Path folder;

    @Test
    void keepsStoriesAndFetchStateAcrossARestart() throws StoreException {
        StoreSettings settings = settings();
        List<PublishedStory> before;
        try (Store store = Store.open(settings)) {
            new Poller(store).poll(ALPHA, T0,
                    entry("a", "https://news.example.org/1", "Kept", "<p>kept</p>", T0),
                    entry("b", "https://news.example.org/2", "Also kept by the river", "<p>also</p>", T0.minusSeconds(1)));
            try (PollTransaction poll = store.begin(ALPHA)) {
                FetchState state = new FetchState(Optional.of("\"etag-1\""), Optional.empty(), Optional.empty(),
                        Optional.empty(), 0, Optional.empty());
                poll.finish(new SourceUpdate(ALPHA.url(), state, "not-modified", Optional.empty(), Optional.empty(),
                        Optional.empty(), T0.plusSeconds(60), 3, true));
            }
            before = store.latest(10, Optional.empty());
        }

        try (Store reopened = Store.open(settings)) {
            assertThat(reopened.latest(10, Optional.empty())).isEqualTo(before).hasSize(2);
            assertThat(reopened.fetchState("Alpha").etag()).contains("\"etag-1\"");
            assertThat(reopened.fetchState("Alpha").lastStatus()).contains("not-modified");
            assertThat(reopened.changeCount()).isEqualTo(1);
        }
    }

    @Test
    void keepsBackoffGoneMarkAndMoveAcrossARestart() throws StoreException {
        StoreSettings settings = settings();
        Instant next = T0.plusSeconds(3600);
        FetchState state = new FetchState(Optional.of("\"etag-2\""), Optional.empty(),
                Optional.of(URI.create("https://moved.example.org/feed")), Optional.empty(), 0, Optional.empty(),
                Optional.of("HTTP 503"), Optional.of(next), true, Optional.of("fingerprint-1"));
        try (Store store = Store.open(settings); PollTransaction poll = store.begin(ALPHA)) {
            poll.finish(new SourceUpdate(ALPHA.url(), state, "rate-limited", Optional.of("HTTP 503"),
                    Optional.empty(), Optional.empty(), T0, 3, false));
        }

        try (Store reopened = Store.open(settings)) {
            FetchState read = reopened.fetchState("Alpha");
            assertThat(read.nextAttempt()).contains(next);
            assertThat(read.gone()).isTrue();
            assertThat(read.configFingerprint()).contains("fingerprint-1");
            assertThat(read.lastError()).contains("HTTP 503");
            assertThat(read.effectiveUrl()).contains(URI.create("https://moved.example.org/feed"));
            assertThat(read.failures()).isEqualTo(1);
            assertThat(reopened.sourceHealth().get(0).status())
                    .isEqualTo("rate-limited: HTTP 503 (moved to https://moved.example.org/feed: update the config)");
        }
    }

    @Test
    void createsTheDatabaseFilesInTheGivenFolder() throws StoreException {
        try (Store ignored = Store.open(settings())) {
            assertThat(folder.resolve("db.properties")).exists();
        }
    }

    @Test
    void opensAgainWithoutReapplyingMigrations() throws StoreException {
        StoreSettings settings = settings();
        Store.open(settings).close();

        try (Store again = Store.open(settings)) {
            assertThat(again.changeCount()).isZero();
        }
        try (Store third = Store.open(settings)) {
            assertThat(third.latest(1, Optional.empty())).isEmpty();
        }
    }

    @Test
    void storesTheFeedUrlAsConfigured() throws StoreException {
        SourceConfig moved = new SourceConfig("Alpha", URI.create("https://alpha.example.org/new-feed.xml"),
                List.of(), ALPHA.interval());
        try (Store store = Store.open(settings())) {
            new Poller(store).poll(ALPHA, T0, entry("a", "https://news.example.org/1", "T", "", T0));
            new Poller(store).poll(moved, T0.plusSeconds(60));

            assertThat(store.latest(1, Optional.empty()).get(0).carriers().get(0).feedUrl()).isEqualTo(moved.url());
        }
    }

    @Test
    void keepsFileTablesOnDiskAndWritesEveryCommitAtOnce() throws Exception {
        StoreSettings settings = settings();
        try (Store store = Store.open(settings);
             Connection connection = DriverManager.getConnection(settings.url(), "SA", "");
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT hsqldb_type FROM information_schema.system_tables "
                    + "WHERE table_schem = 'PUBLIC' AND table_name = 'ENTRIES'")).isEqualTo("CACHED");
            assertThat(single(statement, "SELECT property_value FROM information_schema.system_properties "
                    + "WHERE property_name = 'hsqldb.write_delay'")).isEqualTo("false");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private StoreSettings settings() {
        return new StoreSettings("jdbc:hsqldb:file:" + folder.resolve("db"), "", "");
    }
}

package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchState;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code sources} table: each source's fetch state and health. */
final class SourceRows {
    static final String NEVER_POLLED = "never polled";

    private SourceRows() {
    }

    static FetchState fetchState(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT etag, last_modified, effective_url, last_status, last_error, failures, last_success, "
                        + "next_attempt, gone, config_fingerprint FROM sources WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return FetchState.initial();
                }
                return new FetchState(Columns.text(row, "etag"), Columns.text(row, "last_modified"),
                        Columns.text(row, "effective_url").map(URI::create), statusLine(row),
                        row.getInt("failures"), Columns.instant(row, "last_success"),
                        Columns.text(row, "last_error"), Columns.instant(row, "next_attempt"), row.getBoolean("gone"),
                        Columns.text(row, "config_fingerprint"));
            }
        }
    }

    /** Makes sure the source has a row, so its entries can refer to it. */
    static void ensure(Connection connection, SourceConfig source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM sources WHERE name = ?")) {
            select.setString(1, source.name());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sources (name, url, failures, last_millis) VALUES (?, ?, 0, 0)")) {
            insert.setString(1, source.name());
            insert.setString(2, source.url().toString());
            insert.executeUpdate();
        }
    }

    static void update(Connection connection, String name, SourceUpdate update) throws SQLException {
        // CAST: HSQLDB must know a parameter's type inside COALESCE
        String sql = "UPDATE sources SET url = ?, "
                + "feed_title = COALESCE(CAST(? AS VARCHAR(1000)), feed_title), "
                + "site_link = COALESCE(CAST(? AS VARCHAR(4096)), site_link), "
                + "rights = COALESCE(CAST(? AS VARCHAR(4000)), rights), "
                + "etag = ?, last_modified = ?, effective_url = ?, last_status = ?, last_error = ?, "
                + "last_poll = ?, last_millis = ?, next_attempt = ?, gone = ?, config_fingerprint = ?, "
                + (update.success() ? "failures = 0, last_success = ? " : "failures = failures + 1 ")
                + "WHERE name = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 0;
            statement.setString(++i, Columns.clip(update.url().toString(), Columns.URL));
            Columns.setText(statement, ++i, Columns.clip(update.feedTitle(), Columns.FEED_TITLE));
            Columns.setText(statement, ++i, Columns.whole(update.siteLink(), Columns.URL));
            Columns.setText(statement, ++i, Columns.clip(update.rights(), Columns.RIGHTS));
            Columns.setText(statement, ++i, Columns.whole(update.state().etag(), Columns.ETAG));
            Columns.setText(statement, ++i, Columns.whole(update.state().lastModified(), Columns.LAST_MODIFIED));
            Optional<String> effectiveUrl = update.state().effectiveUrl().map(URI::toString);
            Columns.setText(statement, ++i, Columns.whole(effectiveUrl, Columns.URL));
            statement.setString(++i, Columns.clip(update.status(), Columns.STATUS));
            Columns.setText(statement, ++i, Columns.clip(update.error(), Columns.ERROR));
            Columns.setInstant(statement, ++i, update.at());
            statement.setLong(++i, update.millis());
            Columns.setInstant(statement, ++i, update.state().nextAttempt());
            statement.setBoolean(++i, update.state().gone());
            Columns.setText(statement, ++i, update.state().configFingerprint());
            if (update.success()) {
                Columns.setInstant(statement, ++i, update.at());
            }
            statement.setString(++i, name);
            statement.executeUpdate();
        }
    }

    /** Every stored source, by name, with how many entries it has stored. */
    static List<SourceHealth> health(Connection connection) throws SQLException {
        List<SourceHealth> health = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.name, s.url, s.effective_url, s.last_status, s.last_error, s.last_poll, s.last_success, s.failures, "
                        + "s.last_millis, "
                        + "(SELECT COUNT(*) FROM entries e WHERE e.source_name = s.name) AS entry_count "
                        + "FROM sources s ORDER BY s.name");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                health.add(new SourceHealth(row.getString("name"), URI.create(row.getString("url")),
                        withMove(statusLine(row).orElse(NEVER_POLLED), row), Columns.instant(row, "last_poll"), Columns.instant(row, "last_success"),
                        row.getInt("failures"), row.getLong("last_millis"), row.getLong("entry_count")));
            }
        }
        return health;
    }

    /**
     * A source whose feed moved for good (301/308, or a feed link on its HTML page) keeps working,
     * but the operator should update the config: {@code status} and {@code /health} say so.
     */
    private static String withMove(String status, ResultSet row) throws SQLException {
        Optional<String> moved = Columns.text(row, "effective_url");
        if (moved.isEmpty() || moved.get().equals(row.getString("url"))) {
            return status;
        }
        return status + " (moved to " + moved.get() + ": update the config)";
    }

    private static Optional<String> statusLine(ResultSet row) throws SQLException {
        Optional<String> status = Columns.text(row, "last_status");
        Optional<String> error = Columns.text(row, "last_error");
        return status.map(s -> error.map(e -> s + ": " + e).orElse(s));
    }
}

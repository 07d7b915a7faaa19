package io.tributary.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code websub_subscriptions} table (V8): WebSub subscriptions survive a restart, so that
 * pushes keep being accepted and leases are renewed on time. Each call is its own auto-commit
 * statement on the store's pool; it never takes the poll lock.
 */
public final class Subscriptions {
    private static final String COLUMNS = "callback_id, source_name, topic, hub, secret, state, requested_at, "
            + "verified_at, lease_expiry, last_error";
    private static final String WHERE = "the store";

    private final DataSource pool;

    public Subscriptions(Store store) {
        this.pool = store.dataSource();
    }

    /** Inserts the subscription, or replaces the row with its callback id. */
    public void save(Subscription subscription) throws StoreException {
        run("cannot save the WebSub subscription of " + subscription.sourceName(), connection -> {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM websub_subscriptions WHERE callback_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO websub_subscriptions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, subscription.callbackId());
                delete.executeUpdate();
                insert.setString(1, subscription.callbackId());
                insert.setString(2, Columns.clip(subscription.sourceName(), Columns.NAME));
                insert.setString(3, subscription.topic().toString());
                insert.setString(4, subscription.hub().toString());
                insert.setString(5, subscription.secret());
                insert.setString(6, subscription.state().column());
                Columns.setInstant(insert, 7, subscription.requestedAt());
                Columns.setInstant(insert, 8, subscription.verifiedAt());
                Columns.setInstant(insert, 9, subscription.leaseExpiry());
                Columns.setText(insert, 10, Columns.clip(subscription.lastError(), Columns.ERROR));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    /** The subscription whose callback URL ends in {@code callbackId}, if any. */
    public Optional<Subscription> byCallback(String callbackId) throws StoreException {
        List<Subscription> found = select("cannot read a WebSub subscription", "WHERE callback_id = ?", callbackId);
        return found.stream().findFirst();
    }

    /** The subscriptions of one source (normally one; two while a changed hub or topic is swapped). */
    public List<Subscription> ofSource(String sourceName) throws StoreException {
        return select("cannot read the WebSub subscriptions of " + sourceName, "WHERE source_name = ?", sourceName);
    }

    /** Every subscription, oldest request first. */
    public List<Subscription> all() throws StoreException {
        return select("cannot read the WebSub subscriptions", "", null);
    }

    /** Forgets the subscription (after the hub verified an unsubscribe). */
    public void delete(String callbackId) throws StoreException {
        run("cannot delete a WebSub subscription", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM websub_subscriptions WHERE callback_id = ?")) {
                delete.setString(1, callbackId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private List<Subscription> select(String what, String where, String value) throws StoreException {
        return run(what, connection -> {
            List<Subscription> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM websub_subscriptions " + where + " ORDER BY requested_at, callback_id")) {
                if (value != null) {
                    select.setString(1, value);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(read(row));
                    }
                }
            }
            return found;
        });
    }

    private static Subscription read(ResultSet row) throws SQLException {
        return new Subscription(row.getString("callback_id"), row.getString("source_name"),
                URI.create(row.getString("topic")), URI.create(row.getString("hub")), row.getString("secret"),
                Subscription.State.of(row.getString("state")), Columns.instant(row, "requested_at").orElseThrow(),
                Columns.instant(row, "verified_at"), Columns.instant(row, "lease_expiry"),
                Columns.text(row, "last_error"));
    }

    private <T> T run(String what, Query<T> query) throws StoreException {
        try (Connection connection = pool.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new StoreException(WHERE, what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }
}

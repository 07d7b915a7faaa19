package io.tributary.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz's JDBC job store connections from the store's own pool, so the scheduler and the
 * store share one database and one pool. The store owns the pool: Quartz shutting its job store
 * down must not close it (polls in flight still write through it).
 */
final class StoreConnections implements ConnectionProvider {
    private final DataSource pool;

    StoreConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        // the store closes the pool after the scheduler has stopped
    }

    @Override
    public void initialize() {
        // the pool is open already
    }
}

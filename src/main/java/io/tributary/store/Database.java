package io.tributary.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.config.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The connection pool, plus what an embedded HSQLDB needs around it: settings at open, and a
 * {@code SHUTDOWN} at close so that the next open does not have to replay the log.
 */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 4;
    /** HSQLDB's row cache for CACHED tables, in KB and in rows (see configureEmbedded). */
    private static final int ROW_CACHE_KB = 2048;
    private static final int ROW_CACHE_ROWS = 5000;
    /**
     * A server database also serves Quartz's clustered job store (its own connections for firing
     * triggers, checking in and recovering) next to the polls and the publisher's reads.
     */
    private static final int SERVER_POOL_SIZE = 12;

    private final StoreSettings settings;
    private final HikariDataSource pool;

    private Database(StoreSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    static Database open(StoreSettings settings) throws StoreException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tributary-store");
        config.setJdbcUrl(settings.url());
        config.setUsername(user(settings));
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(Dialect.of(settings.url()) == Dialect.POSTGRESQL ? SERVER_POOL_SIZE : POOL_SIZE);
        config.setMinimumIdle(1);
        if (settings.url().startsWith("jdbc:hsqldb:file:")) {
            // the row cache is sized when the files are opened: for a new store here, for an
            // existing one by the SET FILES statements of configureEmbedded on its next opening
            config.addDataSourceProperty("hsqldb.cache_size", String.valueOf(ROW_CACHE_KB));
            config.addDataSourceProperty("hsqldb.cache_rows", String.valueOf(ROW_CACHE_ROWS));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            // Hikari reports a failed first connection as an unchecked PoolInitializationException
            throw new StoreException(settings.url(), "cannot connect: " + rootMessage(e), e);
        }
        Database database = new Database(settings, pool);
        try {
            database.configureEmbedded();
        } catch (StoreException e) {
            database.close();
            throw e;
        }
        return database;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    String url() {
        return settings.url();
    }

    /** The pool itself, for Quartz's JDBC job store; the store keeps owning (and closing) it. */
    DataSource dataSource() {
        return pool;
    }

    /**
     * Embedded HSQLDB defaults suit a cache, not a store: MVCC lets the publisher read while a poll
     * writes (the default takes table locks); a file database writes every commit to disk at once
     * (the default waits up to half a second, so a kill could lose a committed poll) and keeps
     * tables on disk (the default holds every row in memory). See the HyperSQL guide, chapters
     * "Sessions and Transactions" and "Deployment".
     */
    private void configureEmbedded() throws StoreException {
        if (!isEmbeddedHsqldb()) {
            return;
        }
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
            if (settings.url().startsWith("jdbc:hsqldb:file:")) {
                statement.execute("SET FILES WRITE DELAY FALSE");
                statement.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
                // A small row cache: polls and renders touch the newest rows and the operating
                // system caches the file anyway, while the default (10 MB, 50,000 rows) is heap
                // that keeps growing for hours as the store fills. Applies from the next opening.
                statement.execute("SET FILES CACHE SIZE " + ROW_CACHE_KB);
                statement.execute("SET FILES CACHE ROWS " + ROW_CACHE_ROWS);
            }
        } catch (SQLException e) {
            throw new StoreException(settings.url(), "cannot configure HSQLDB: " + e.getMessage(), e);
        }
    }

    /** Closes the pool, then shuts an embedded HSQLDB down; failures are logged, not thrown. */
    @Override
    public void close() {
        pool.close();
        if (!isEmbeddedHsqldb()) {
            return;
        }
        // a fresh connection: the pool's are closed, and the database outlives them until SHUTDOWN
        try (Connection connection = DriverManager.getConnection(settings.url(), user(settings), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("store {}: shutdown failed: {}", StoreException.withoutPassword(settings.url()), e.getMessage());
        }
    }

    /**
     * An HSQLDB running inside this process on its own files or memory: no other process writes
     * to it, so what this process has committed is all there is.
     */
    boolean embedded() {
        String url = settings.url();
        return url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:");
    }

    private boolean isEmbeddedHsqldb() {
        String url = settings.url();
        return url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:")
                || url.startsWith("jdbc:hsqldb:res:");
    }

    /** HSQLDB's default user is SA; other databases pick their own default when none is given. */
    private static String user(StoreSettings settings) {
        if (!settings.user().isEmpty()) {
            return settings.user();
        }
        return settings.url().startsWith("jdbc:hsqldb:") ? "SA" : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

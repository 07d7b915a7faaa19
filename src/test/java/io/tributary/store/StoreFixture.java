package io.tributary.store;

import io.tributary.config.StoreSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The databases every store test runs against: a private in-memory HSQLDB, and PostgreSQL with a
 * schema of its own per test (created, then dropped with everything in it). PostgreSQL is found
 * at {@code TRIBUTARY_TEST_PG_URL} (system property or environment variable; default
 * {@value #DEFAULT_PG_URL}) as user/password {@code TRIBUTARY_TEST_PG_USER} /
 * {@code TRIBUTARY_TEST_PG_PASSWORD} (default {@code tributary}); {@code .ci/postgres} sets it up.
 * A test is skipped only when that database cannot be reached.
 */
public enum StoreFixture {
    HSQLDB {
        @Override
        public FreshDatabase fresh() {
            return new FreshDatabase(new StoreSettings("jdbc:hsqldb:mem:store-test-" + UUID.randomUUID(), "", ""),
                    "SA", () -> { });
        }
    },
    POSTGRESQL {
        @Override
        public FreshDatabase fresh() {
            assumeTrue(Postgres.REACHABLE, () -> "PostgreSQL is not reachable at " + Postgres.URL
                    + " (run .ci/postgres, or set TRIBUTARY_TEST_PG_URL)");
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                    .toLowerCase(Locale.ROOT);
            Postgres.execute("CREATE SCHEMA " + schema);
            String url = Postgres.URL + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new FreshDatabase(new StoreSettings(url, Postgres.USER, Postgres.PASSWORD), Postgres.USER,
                    () -> Postgres.execute("DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/tributary_test";

    /** A new, empty database (or schema) that no other test uses; close it to drop it. */
    public abstract FreshDatabase fresh();

    public static Stream<StoreFixture> all() {
        return Stream.of(values());
    }

    /** Settings for a store on a fresh database, and a way to reach it directly. */
    public static final class FreshDatabase implements AutoCloseable {
        private final StoreSettings settings;
        private final String user;
        private final Runnable drop;

        FreshDatabase(StoreSettings settings, String user, Runnable drop) {
            this.settings = settings;
            this.user = user;
            this.drop = drop;
        }

        public StoreSettings settings() {
            return settings;
        }

        /** A plain JDBC connection to the same database and schema, outside the store's pool. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(settings.url(), user, settings.password());
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    /** Where the test PostgreSQL is, read once, and whether it answers. */
    static final class Postgres {
        static final String URL = setting("TRIBUTARY_TEST_PG_URL", DEFAULT_PG_URL);
        static final String USER = setting("TRIBUTARY_TEST_PG_USER", "tributary");
        static final String PASSWORD = setting("TRIBUTARY_TEST_PG_PASSWORD", "tributary");
        static final boolean REACHABLE = reachable();

        private Postgres() {
        }

        static void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        private static boolean reachable() {
            DriverManager.setLoginTimeout(5);
            try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        private static String setting(String name, String fallback) {
            String value = System.getProperty(name, System.getenv(name));
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * Closes each of {@code opened} that setup got as far as opening, in order: a test skipped
     * because PostgreSQL is not reachable opened nothing, and must be skipped, not fail in its
     * clean-up.
     */
    public static void closeIfOpened(AutoCloseable... opened) throws Exception {
        for (AutoCloseable resource : opened) {
            if (resource != null) {
                resource.close();
            }
        }
    }
}

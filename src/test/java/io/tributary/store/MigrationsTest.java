package io.tributary.store;

import io.tributary.config.StoreSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class MigrationsTest {
    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;

    @BeforeEach
    void fresh() {
        database = fixture.fresh();
    }

    @AfterEach
    void drop() throws Exception {
        StoreFixture.closeIfOpened(database);
    }

    @Test
    void recordsEachVersionOnce() throws Exception {
        StoreSettings settings = database.settings();
        try (Store first = Store.open(settings); Store second = Store.open(settings);
             Connection connection = database.connect()) {
            assertThat(versions(connection)).isEqualTo(listedVersions());
        }
    }

    @Test
    void appliesNothingToAnUpToDateSchema() throws Exception {
        StoreSettings settings = database.settings();
        try (Store store = Store.open(settings);
             Connection connection = database.connect()) {
            assertThat(new Migrations(settings.url()).apply(connection)).isEmpty();
        }
    }

    @Test
    void refusesASchemaNewerThanThisBuild() throws Exception {
        StoreSettings settings = database.settings();
        try (Store store = Store.open(settings);
             Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version (version, description, applied_at) "
                    + "VALUES (99, 'from_the_future', CURRENT_TIMESTAMP)");

            assertThatThrownBy(() -> new Migrations(settings.url()).apply(connection))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("schema is at version 99");
        }
    }

    @Test
    void aScriptThatFailedHalfWayResumesAtTheStatementThatFailed() throws Exception {
        Migrations halfway = new Migrations(database.settings().url(), "migrations/halfway/");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> halfway.apply(connection))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("V1__locks_from_survey.sql failed at statement 2 of 3");
            // HSQLDB has committed the first statement on its own; PostgreSQL has undone it
            assertThat(tableExists(connection, "locks")).isEqualTo(fixture == StoreFixture.HSQLDB);

            statement.execute("CREATE TABLE lock_survey (id INTEGER NOT NULL, name VARCHAR(100) NOT NULL)");
            statement.execute("INSERT INTO lock_survey (id, name) VALUES (1, 'Upper weir')");

            assertThat(halfway.apply(connection)).containsExactly(1);
            assertThat(count(connection, "SELECT COUNT(*) FROM locks WHERE name = 'Upper weir'")).isEqualTo(1);
            assertThat(count(connection, "SELECT COUNT(*) FROM schema_steps")).isZero();
            assertThat(versions(connection)).isEqualTo("1");
            assertThat(halfway.apply(connection)).isEmpty();
        }
    }

    @Test
    void indexesEntriesByStoryOnce() throws Exception {
        try (Store store = Store.open(database.settings()); Connection connection = database.connect()) {
            // HSQLDB indexes a foreign key by itself (ENTRIES_STORY); PostgreSQL needs entries_story_id
            assertThat(indexesOnStoryId(connection)).hasSize(1);
        }
    }

    /** The indexes of entries whose first column is story_id. */
    private static Set<String> indexesOnStoryId(Connection connection) throws SQLException {
        Set<String> indexes = new TreeSet<>();
        String table = entriesTable(connection);
        try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                if (rows.getShort("ORDINAL_POSITION") == 1
                        && "story_id".equalsIgnoreCase(rows.getString("COLUMN_NAME"))) {
                    indexes.add(rows.getString("INDEX_NAME"));
                }
            }
        }
        return indexes;
    }

    /** The entries table's name as the database's catalog spells it. */
    private static String entriesTable(Connection connection) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? "ENTRIES" : "entries";
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The versions db/migrations.txt lists, as "1,2,...". */
    private static String listedVersions() throws Exception {
        try (java.io.InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream("db/migrations.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("^V(\\d+)__.*", "$1"))
                    .filter(line -> line.matches("\\d+"))
                    .collect(java.util.stream.Collectors.joining(","));
        }
    }

    private static String versions(Connection connection) throws SQLException {
        StringBuilder versions = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.append(versions.length() == 0 ? "" : ",").append(rows.getInt(1));
            }
        }
        return versions.toString();
    }
}

package io.tributary.store;

import io.tributary.config.StoreSettings;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @Test
    void recordsEachVersionOnce() throws Exception {
        StoreSettings settings = MemoryStore.settings();
        try (Store first = Store.open(settings); Store second = Store.open(settings);
             Connection connection = DriverManager.getConnection(settings.url(), "SA", "")) {
            String versions = versions(connection);
            assertThat(versions).startsWith("1");
            assertThat(versions.split(",")).doesNotHaveDuplicates();
        }
    }

    @Test
    void appliesNothingToAnUpToDateSchema() throws Exception {
        StoreSettings settings = MemoryStore.settings();
        try (Store store = Store.open(settings);
             Connection connection = DriverManager.getConnection(settings.url(), "SA", "")) {
            assertThat(new Migrations(settings.url()).apply(connection)).isEmpty();
        }
    }

    @Test
    void refusesASchemaNewerThanThisBuild() throws Exception {
        StoreSettings settings = MemoryStore.settings();
        try (Store store = Store.open(settings);
             Connection connection = DriverManager.getConnection(settings.url(), "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version (version, description, applied_at) "
                    + "VALUES (99, 'from_the_future', CURRENT_TIMESTAMP)");

            assertThatThrownBy(() -> new Migrations(settings.url()).apply(connection))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("schema is at version 99");
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

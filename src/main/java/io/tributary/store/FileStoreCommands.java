package io.tributary.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What only an HSQLDB file store needs done by hand: PostgreSQL's autovacuum gives removed rows'
 * space back on its own, and pg_dump backs it up from outside.
 */
final class FileStoreCommands {
    private FileStoreCommands() {
    }

    static boolean isFileStore(String url) {
        return url.startsWith("jdbc:hsqldb:file:");
    }

    /** Gives the space of removed rows back ({@code CHECKPOINT DEFRAG}). */
    static void compact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT DEFRAG");
        }
    }

    /**
     * Writes a consistent copy to {@code archive} ({@code .tar.gz}) while the store stays open;
     * writes wait the few moments it takes ({@code BACKUP DATABASE ... BLOCKING}).
     */
    static void backup(Connection connection, Path archive) throws SQLException {
        String target = archive.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP DATABASE TO '" + target + "' BLOCKING");
        }
    }
}

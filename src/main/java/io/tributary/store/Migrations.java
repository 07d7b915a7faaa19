package io.tributary.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brings the schema up to date: applies each script listed in {@code db/migrations.txt} that the
 * {@code schema_version} table does not record yet, in order, each in its own transaction.
 *
 * <p>The list is a resource rather than a folder scan because a folder cannot be listed portably
 * inside a (shaded) jar. On PostgreSQL a failed script leaves nothing behind. HSQLDB commits each
 * DDL statement on its own, so a script there cannot be undone as a whole: each statement is
 * committed with a record of it in {@code schema_steps}, and a script that stopped half way (a
 * failure, a kill during a long copy) resumes at the statement that did not complete. A DDL
 * statement commits before its record does: a kill in that instant leaves it to run again, which
 * fails on what it already made, and that one case still needs a hand (a data statement commits
 * together with its record).
 *
 * <p>A script is portable unless a dialect has its own copy under {@code db/<dialect>/} (see
 * {@link Dialect}); that copy is run instead, under the same version. Versions must grow down the
 * list; a gap is allowed, so that versions assigned to work in progress can land in any order.
 */
final class Migrations {
    private static final String DEFAULT_FOLDER = "db/";
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private final String jdbcUrl;
    private final Dialect dialect;
    private final String folder;
    /** The advisory lock key that serializes migrations between nodes ("trib" in ASCII). */
    private static final long MIGRATION_LOCK = 0x74726962L;

    Migrations(String jdbcUrl) {
        this(jdbcUrl, DEFAULT_FOLDER);
    }

    /** Migrations listed in {@code folder}{@code migrations.txt} (tests bring their own scripts). */
    Migrations(String jdbcUrl, String folder) {
        this.jdbcUrl = jdbcUrl;
        this.dialect = Dialect.of(jdbcUrl);
        this.folder = folder;
    }

    /**
     * Applies the missing scripts; returns the versions it applied. On PostgreSQL the nodes of a
     * cluster may start at the same moment: a session advisory lock lets one node migrate while
     * the others wait, then find nothing left to do.
     */
    List<Integer> apply(Connection connection) throws StoreException {
        return apply(connection, Integer.MAX_VALUE);
    }

    /**
     * {@link #apply(Connection)}, but only the scripts up to version {@code through}: how a test
     * builds a store as an older Tributary left it, to migrate it further.
     */
    List<Integer> apply(Connection connection, int through) throws StoreException {
        try {
            lockMigrations(connection, true);
            try {
                return applyLocked(connection, through);
            } finally {
                lockMigrations(connection, false);
            }
        } catch (SQLException e) {
            throw new StoreException(jdbcUrl, "cannot lock the schema for migrating: " + e.getMessage(), e);
        }
    }

    private void lockMigrations(Connection connection, boolean lock) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return; // an embedded HSQLDB belongs to one process
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(lock ? "SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")"
                    : "SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        }
    }

    private List<Integer> applyLocked(Connection connection, int through) throws StoreException {
        List<Script> scripts = scripts();
        try {
            createVersionTable(connection);
            SortedSet<Integer> applied = appliedVersions(connection);
            int newest = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
            if (!applied.isEmpty() && applied.last() > newest) {
                throw new StoreException(jdbcUrl, "the schema is at version " + applied.last()
                        + ", newer than this Tributary knows (" + newest + "); use a newer Tributary", null);
            }
            List<Integer> done = new ArrayList<>();
            for (Script script : scripts) {
                if (script.version() <= through && !applied.contains(script.version())) {
                    run(connection, script);
                    done.add(script.version());
                }
            }
            return done;
        } catch (SQLException e) {
            throw new StoreException(jdbcUrl, "cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the statements of a script not yet recorded as done, then records the script. On
     * PostgreSQL everything commits at the end, or nothing. On HSQLDB each statement commits with
     * its step record, so a failure keeps the statements before it and the next start resumes.
     */
    private void run(Connection connection, Script script) throws StoreException, SQLException {
        boolean stepByStep = dialect != Dialect.POSTGRESQL;
        Set<Integer> done = stepsDone(connection, script.version());
        connection.setAutoCommit(false);
        int step = 0;
        try (Statement statement = connection.createStatement();
             PreparedStatement recordStep = connection.prepareStatement(
                     "INSERT INTO schema_steps (version, step) VALUES (?, ?)");
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            for (String sql : script.statements()) {
                step++;
                if (done.contains(step)) {
                    continue;
                }
                statement.execute(sql);
                recordStep.setInt(1, script.version());
                recordStep.setInt(2, step);
                recordStep.executeUpdate();
                if (stepByStep) {
                    connection.commit();
                }
            }
            record.setInt(1, script.version());
            record.setString(2, script.description());
            Columns.setInstant(record, 3, Instant.now());
            record.executeUpdate();
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM schema_steps WHERE version = ?")) {
                forget.setInt(1, script.version());
                forget.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StoreException(jdbcUrl, "migration " + script.name() + " failed at statement " + step + " of "
                    + script.statements().size() + ": " + e.getMessage()
                    + (stepByStep && step > 1 ? " (the statements before it are kept; the next start resumes there)"
                    : ""), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The statements of a script an earlier, interrupted run committed (HSQLDB only has any). */
    private static Set<Integer> stepsDone(Connection connection, int version) throws SQLException {
        Set<Integer> steps = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT step FROM schema_steps WHERE version = ?")) {
            select.setInt(1, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getInt(1));
                }
            }
        }
        return steps;
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            // the statements done of a script not yet recorded above: empty but after a failure
            statement.execute("CREATE TABLE IF NOT EXISTS schema_steps ("
                    + "version INTEGER NOT NULL, step INTEGER NOT NULL, PRIMARY KEY (version, step))");
        }
    }

    private static SortedSet<Integer> appliedVersions(Connection connection) throws SQLException {
        SortedSet<Integer> versions = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private List<Script> scripts() throws StoreException {
        List<Script> scripts = new ArrayList<>();
        for (String name : lines(folder + "migrations.txt")) {
            Matcher matcher = SCRIPT_NAME.matcher(name);
            if (!matcher.matches()) {
                throw new StoreException(jdbcUrl, "bad migration name in db/migrations.txt: " + name, null);
            }
            int version = Integer.parseInt(matcher.group(1));
            int previous = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
            if (version <= previous) {
                throw new StoreException(jdbcUrl,
                        "db/migrations.txt must list versions in increasing order; found " + name, null);
            }
            scripts.add(new Script(version, matcher.group(2), name, statements(lines(resource(name)))));
        }
        return scripts;
    }

    /** The dialect's own copy of a script if it has one, else the portable script. */
    private String resource(String name) {
        String own = folder + dialect.folder() + "/" + name;
        return Migrations.class.getClassLoader().getResource(own) != null ? own : folder + name;
    }

    /** Statements end with ';' at the end of a line; '--' lines are comments. */
    private static List<String> statements(List<String> lines) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String sql = current.toString().trim();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    /** Non-blank lines of a resource, trimmed, without '#' comment lines. */
    private List<String> lines(String resource) throws StoreException {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException(jdbcUrl, "missing resource " + resource, null);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new StoreException(jdbcUrl, "cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private record Script(int version, String description, String name, List<String> statements) {
    }

    /** When the schema was first created: the time of the first migration applied. */
    static Instant createdAt(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(applied_at) AS created FROM schema_version");
             ResultSet row = select.executeQuery()) {
            row.next();
            return Columns.instant(row, "created").orElseThrow(() -> new SQLException("no schema version"));
        }
    }
}

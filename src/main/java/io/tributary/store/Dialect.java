package io.tributary.store;

import java.util.Locale;

/**
 * The SQL dialect of a store, told by its JDBC URL. The schema scripts are portable except where
 * a dialect needs its own (then {@code db/<dialect>/V<n>__...sql} overrides {@code db/V<n>__...sql}),
 * and PostgreSQL, the database a cluster shares, needs cross-process locks that HSQLDB does not.
 */
enum Dialect {
    HSQLDB("hsqldb"),
    POSTGRESQL("postgresql"),
    /** Any other JDBC database: the portable scripts only. */
    OTHER("other");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:hsqldb:")) {
            return HSQLDB;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return OTHER;
    }

    /** The folder under {@code db/} holding this dialect's own versions of scripts. */
    String folder() {
        return folder;
    }
}

package io.tributary.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The store could not do what was asked. The message names the stage and the JDBC URL; any
 * {@code password=} in it is masked.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;
    /** {@code password=...} in a PostgreSQL query or an HSQLDB {@code ;password=} property. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^;&]*");
    /** The same inside free text, where the value ends at white space or punctuation. */
    /** SQLSTATE unique_violation, serialization_failure and deadlock_detected (SQL standard / PostgreSQL). */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");
    private static final Pattern PASSWORD_IN_TEXT = Pattern.compile("(?i)(password=)[^;&\\s,'\"]*");

    public StoreException(String jdbcUrl, String message, Throwable cause) {
        // the message too: drivers and the pool like to quote the URL they were given
        super("store " + withoutPassword(jdbcUrl) + ": "
                + PASSWORD_IN_TEXT.matcher(message.replace(jdbcUrl, withoutPassword(jdbcUrl))).replaceAll("$1***"),
                cause);
    }

    /**
     * Whether this failed only because another transaction, maybe on another node, wrote the same
     * rows at the same time (a unique key taken, a serialization failure or a deadlock): the
     * transaction was rolled back whole, and doing the same work again will succeed.
     */
    public boolean conflict() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                String state = ((SQLException) cause).getSQLState();
                if (state != null && CONFLICT_STATES.contains(state)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The URL with any password replaced by {@code ***}, safe for logs and messages. */
    static String withoutPassword(String jdbcUrl) {
        return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***");
    }
}

package io.tributary.store;

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
    private static final Pattern PASSWORD_IN_TEXT = Pattern.compile("(?i)(password=)[^;&\\s,'\"]*");

    public StoreException(String jdbcUrl, String message, Throwable cause) {
        // the message too: drivers and the pool like to quote the URL they were given
        super("store " + withoutPassword(jdbcUrl) + ": "
                + PASSWORD_IN_TEXT.matcher(message.replace(jdbcUrl, withoutPassword(jdbcUrl))).replaceAll("$1***"),
                cause);
    }

    /** The URL with any password replaced by {@code ***}, safe for logs and messages. */
    static String withoutPassword(String jdbcUrl) {
        return PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***");
    }
}

package io.tributary.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Moving values in and out of columns: times as {@code TIMESTAMP WITH TIME ZONE} in UTC, and text
 * fitted to the column sizes of {@code V1__schema.sql} so that no feed can fail a write by sending
 * a longer value than the schema holds.
 */
final class Columns {
    static final int NAME = 500;
    static final int URL = 4096;
    static final int TITLE = 4000;
    static final int FEED_TITLE = 1000;
    static final int SUMMARY = 1000;
    static final int AUTHOR = 500;
    static final int LONG_TEXT = 1_000_000;
    static final int ETAG = 1000;
    static final int LAST_MODIFIED = 200;
    static final int STATUS = 1000;
    static final int ERROR = 4000;
    static final int RIGHTS = 4000;

    private Columns() {
    }

    /** Both databases keep microseconds; cutting here makes what is read back equal what was written. */
    static void setInstant(PreparedStatement statement, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            Instant micros = value.get().truncatedTo(ChronoUnit.MICROS);
            statement.setObject(index, OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        setInstant(statement, index, Optional.of(value));
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** Plain text cut to {@code size} characters (a title or a message is still useful cut). */
    static String clip(String text, int size) {
        if (text.length() <= size) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(size)) ? size - 1 : size;
        return text.substring(0, end);
    }

    static Optional<String> clip(Optional<String> text, int size) {
        return text.map(t -> clip(t, size));
    }

    /**
     * HTML cut before the last tag that starts within {@code size} characters, so no tag is cut in
     * half; an element left open is closed by any HTML reader.
     */
    static String clipHtml(String html, int size) {
        if (html.length() <= size) {
            return html;
        }
        int lastTag = html.lastIndexOf('<', size - 1);
        return lastTag > 0 ? html.substring(0, lastTag) : clip(html, size);
    }

    /**
     * A value that is useless cut (a link, a validator) is dropped when it does not fit. A missing
     * link is honest; a wrong one is not.
     */
    static Optional<String> whole(Optional<String> value, int size) {
        return value.filter(v -> v.length() <= size);
    }
}

package io.tributary.fetch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header: either a number of seconds or an HTTP date
 * (RFC 9110 section 10.2.3). The one place that knows both forms.
 */
public final class RetryAfter {

    /**
     * The time before which no request should be sent, or empty when the value is neither form.
     * A date in the past means "now".
     */
    public Optional<Instant> until(String value, Instant now) {
        String text = value.trim();
        if (text.matches("\\d{1,10}")) {
            return Optional.of(now.plusSeconds(Long.parseLong(text)));
        }
        try {
            Instant date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(date.isBefore(now) ? now : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

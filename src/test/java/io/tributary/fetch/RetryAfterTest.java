package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retry-After in both forms RFC 9110 allows. */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final RetryAfter retryAfter = new RetryAfter();

    @Test
    void readsSeconds() {
        assertThat(retryAfter.until("120", NOW)).contains(NOW.plusSeconds(120));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(retryAfter.until("Sun, 01 Mar 2026 13:30:00 GMT", NOW))
                .contains(Instant.parse("2026-03-01T13:30:00Z"));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(retryAfter.until("Sun, 01 Mar 2026 11:00:00 GMT", NOW)).contains(NOW);
    }

    @Test
    void ignoresAnythingElse() {
        assertThat(retryAfter.until("soon", NOW)).isEmpty();
        assertThat(retryAfter.until("-5", NOW)).isEmpty();
    }
}

package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exponential backoff with jitter, capped, and Retry-After honoured (issue 3, item 4). */
class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    @Test
    void doublesTheIntervalWithEachFailure() {
        Backoff noJitter = new Backoff(() -> 0.0);

        assertThat(noJitter.nextAttempt(1, INTERVAL, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(noJitter.nextAttempt(3, INTERVAL, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void neverWaitsLongerThanADay() {
        Backoff noJitter = new Backoff(() -> 0.0);

        assertThat(noJitter.nextAttempt(40, INTERVAL, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(noJitter.nextAttempt(Integer.MAX_VALUE, INTERVAL, Optional.empty(), NOW))
                .isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void jitterSpreadsSourcesThatFailedTogether() {
        Instant early = new Backoff(() -> 0.99).nextAttempt(2, INTERVAL, Optional.empty(), NOW);
        Instant late = new Backoff(() -> 0.0).nextAttempt(2, INTERVAL, Optional.empty(), NOW);

        assertThat(early).isBefore(late);
        assertThat(early).isAfter(NOW.plus(Duration.ofMinutes(45)));
    }

    @Test
    void retryAfterWinsOverTheBackoff() {
        Instant told = NOW.plus(Duration.ofMinutes(2));

        assertThat(new Backoff(() -> 0.5).nextAttempt(4, INTERVAL, Optional.of(told), NOW)).isEqualTo(told);
    }
}

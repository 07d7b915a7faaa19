package io.tributary.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a source that failed may be asked again (issue 3, item 4). Every failure but {@code 410}
 * backs off exponentially, {@code interval x 2^failures}, capped at 24 hours, minus a random
 * quarter so that sources which failed together (one host down) never retry in step. A
 * {@code Retry-After} from a 429 or 503 is honoured as sent (up to a week), never shortened.
 * Nothing is ever disabled here: the wait only grows to the cap.
 */
public final class Backoff {

    public static final Duration CAP = Duration.ofHours(24);
    /** A Retry-After further out than this is a server mistake, not a plan. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(7);

    private final DoubleSupplier random;

    /** @param random values in [0, 1), for the jitter; tests pass a fixed one */
    public Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /**
     * The next attempt after the {@code failures}-th failure in a row, at {@code now}, for a source
     * polled every {@code interval}; {@code retryAfter} (already read) wins when it is later.
     */
    public Instant nextAttempt(int failures, Duration interval, Optional<Instant> retryAfter, Instant now) {
        if (retryAfter.isPresent()) {
            Instant latest = now.plus(LONGEST_RETRY_AFTER);
            return retryAfter.get().isAfter(latest) ? latest : retryAfter.get();
        }
        long base = Math.min(CAP.toMillis(), scaled(interval.toMillis(), failures));
        long jitter = (long) (base * 0.25 * Math.min(Math.max(random.getAsDouble(), 0), 1));
        return now.plusMillis(base - jitter);
    }

    /** interval x 2^failures without overflow: anything past the cap is the cap. */
    private static long scaled(long intervalMillis, int failures) {
        long value = Math.max(1, intervalMillis);
        for (int i = 0; i < Math.max(0, failures); i++) {
            if (value >= CAP.toMillis()) {
                return CAP.toMillis();
            }
            value *= 2;
        }
        return value;
    }
}

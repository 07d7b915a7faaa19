package io.tributary.ops;

import io.tributary.store.PollRecord;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one source is doing, for {@code status}, {@code /status} and {@code /api/status}.
 *
 * @param name        configured name
 * @param url         feed URL
 * @param status      last poll's status line ({@code ok}, {@code error: HTTP 404}, {@code never polled}, ...)
 * @param lastSuccess when a poll last succeeded
 * @param lastError   the last failure, with when it happened, if any of the kept polls failed
 * @param failures    failed polls in a row
 * @param nextPoll    when it is polled next, if known
 * @param recent      entries first seen in the last 7 days
 * @param meanMillis  mean fetch time over the kept polls (0 without any)
 * @param removed     taken out of the config (its entries stay)
 * @param polls       the kept polls, oldest first (at most 50)
 */
public record SourceStatus(String name, URI url, String status, Optional<Instant> lastSuccess,
                           Optional<String> lastError, int failures, Optional<Instant> nextPoll, long recent,
                           long meanMillis, boolean removed, List<PollRecord> polls) {
    public SourceStatus {
        polls = List.copyOf(polls);
    }

    /** Whether an operator should look at it: failing now, or never having succeeded. */
    public boolean problem() {
        return !removed && (failures > 0 || (lastSuccess.isEmpty() && !polls.isEmpty()));
    }
}

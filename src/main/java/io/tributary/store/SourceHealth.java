package io.tributary.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * How one source is doing, as the store last recorded it.
 *
 * @param name        configured name
 * @param url         configured URL
 * @param status      last poll's status ({@code ok}, {@code not-modified}, {@code not-a-feed},
 *                    {@code invalid: ...}, {@code error: ...}), {@code never polled} before the first
 * @param lastPoll    when it was last polled
 * @param lastSuccess when a poll last succeeded
 * @param failures    failed polls in a row
 * @param lastMillis  how long the last poll took
 * @param entries     entries stored from it
 */
public record SourceHealth(
        String name,
        URI url,
        String status,
        Optional<Instant> lastPoll,
        Optional<Instant> lastSuccess,
        int failures,
        long lastMillis,
        long entries) {
}

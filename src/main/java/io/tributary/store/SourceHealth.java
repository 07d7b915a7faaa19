package io.tributary.store;

import io.tributary.config.SourceConfig;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One row per configured source, in the given order: what is stored, with the configured URL,
     * or {@code never polled} for a source the store does not know yet.
     */
    static List<SourceHealth> ofConfigured(List<SourceConfig> configured, List<SourceHealth> stored) {
        Map<String, SourceHealth> byName = new HashMap<>();
        for (SourceHealth health : stored) {
            byName.put(health.name(), health);
        }
        List<SourceHealth> result = new ArrayList<>();
        for (SourceConfig source : configured) {
            SourceHealth health = byName.get(source.name());
            result.add(health == null
                    ? new SourceHealth(source.name(), source.url(), SourceRows.NEVER_POLLED, Optional.empty(),
                    Optional.empty(), 0, 0, 0)
                    : new SourceHealth(source.name(), source.url(), health.status(), health.lastPoll(),
                    health.lastSuccess(), health.failures(), health.lastMillis(), health.entries()));
        }
        return result;
    }
}

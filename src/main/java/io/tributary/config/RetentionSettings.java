package io.tributary.config;

import java.time.Duration;

/**
 * Housekeeping: {@code retention: { max-age: 180d, max-entries: 200000 }}. Entries beyond either
 * bound are pruned daily, never one still on a current feed page.
 */
public record RetentionSettings(Duration maxAge, long maxEntries) {
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(180);
    public static final long DEFAULT_MAX_ENTRIES = 200_000;
    public static final RetentionSettings DEFAULT = new RetentionSettings(DEFAULT_MAX_AGE, DEFAULT_MAX_ENTRIES);
}

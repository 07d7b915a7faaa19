package io.tributary.config;

import java.time.Duration;

/**
 * Near-duplicate detection: {@code dedup: { similarity: 0.8, window: 7d }}.
 *
 * @param similarity how alike two texts must be (0 to 1) to be one story
 * @param window     how far back a new entry is compared with stored ones
 */
public record DedupSettings(double similarity, Duration window) {
    public static final double DEFAULT_SIMILARITY = 0.8;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    public static final DedupSettings DEFAULT = new DedupSettings(DEFAULT_SIMILARITY, DEFAULT_WINDOW);
}

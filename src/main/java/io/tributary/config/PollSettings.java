package io.tributary.config;

import java.time.Duration;

/**
 * Polling: {@code poll: { interval: 15m, threads: 8, timeout: 30s, max-bytes: 10MB }}.
 *
 * @param interval       default time between two polls of a source
 * @param threads        sources polled at once
 * @param connectTimeout time allowed to open a connection ({@code connect-timeout}, default 10s)
 * @param timeout        total time allowed for one fetch, body included
 * @param maxBytes       largest body read; a larger one is cut at this size
 */
public record PollSettings(Duration interval, int threads, Duration connectTimeout, Duration timeout,
                           DataSize maxBytes) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_THREADS = 8;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final DataSize DEFAULT_MAX_BYTES = DataSize.ofMegabytes(10);
}

package io.tributary.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Polling: {@code poll: { interval: 15m, threads: 8, timeout: 30s, max-bytes: 20MB, per-host: 2 }}.
 *
 * @param interval       default time between two polls of a source
 * @param threads        sources polled at once
 * @param connectTimeout time allowed to open a connection ({@code connect-timeout}, default 10s)
 * @param timeout        total time allowed for one fetch, body included
 * @param maxBytes       largest body read; a larger one is cut at this size
 * @param perHost        requests at once to one host, whatever the number of sources on it
 * @param proxy          an HTTP proxy for every fetch ({@code proxy}), if any
 */
public record PollSettings(Duration interval, int threads, Duration connectTimeout, Duration timeout,
                           DataSize maxBytes, int perHost, Optional<URI> proxy) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_THREADS = 8;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final DataSize DEFAULT_MAX_BYTES = DataSize.ofMegabytes(20);
    public static final int DEFAULT_PER_HOST = 2;

    public PollSettings(Duration interval, int threads, Duration connectTimeout, Duration timeout, DataSize maxBytes) {
        this(interval, threads, connectTimeout, timeout, maxBytes, DEFAULT_PER_HOST, Optional.empty());
    }
}

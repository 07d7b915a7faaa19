package io.tributary.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits and identity for every fetch; a source may override the limits ({@link FetchOptions}).
 *
 * @param userAgent      sent as {@code User-Agent}: {@code Tributary/<version> (+<base-url>)}
 * @param connectTimeout time to open a connection
 * @param timeout        total time for one fetch, body and redirects included
 * @param maxBytes       largest body read, counted while streaming
 * @param maxRedirects   redirects followed before giving up
 * @param perHost        requests at once to one host ({@code poll.per-host})
 * @param proxy          an HTTP proxy every request goes through ({@code poll.proxy}), if any
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes,
                            int maxRedirects, int perHost, Optional<URI> proxy) {
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final int DEFAULT_PER_HOST = 2;

    /** Settings with two requests at once per host and no proxy. */
    public FetchSettings(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes,
                         int maxRedirects) {
        this(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, DEFAULT_PER_HOST, Optional.empty());
    }
}

package io.tributary.fetch;

import java.time.Duration;

/**
 * Limits and identity for every fetch.
 *
 * @param userAgent      sent as {@code User-Agent}: {@code Tributary/<version> (+<base-url>)}
 * @param connectTimeout time to open a connection
 * @param timeout        total time for one fetch, body included
 * @param maxBytes       largest body read, counted while streaming
 * @param maxRedirects   redirects followed before giving up
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes,
                            int maxRedirects) {
    public static final int DEFAULT_MAX_REDIRECTS = 5;
}

package io.tributary.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A source's own fetch settings; what is empty falls back to {@code poll}.
 *
 * @param headers        extra request headers, for example a token for a private feed
 * @param auth           HTTP basic auth ({@code auth: {user, password}})
 * @param connectTimeout the source's own {@code connect-timeout}
 * @param timeout        the source's own total time limit per fetch
 * @param maxBytes       the source's own body size limit
 */
public record FetchOverrides(
        Map<String, String> headers,
        Optional<BasicAuth> auth,
        Optional<Duration> connectTimeout,
        Optional<Duration> timeout,
        Optional<DataSize> maxBytes) {

    public static final FetchOverrides NONE = new FetchOverrides(Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public FetchOverrides {
        headers = Map.copyOf(headers);
    }
}

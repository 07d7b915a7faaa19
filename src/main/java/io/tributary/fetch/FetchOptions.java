package io.tributary.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One source's own way of being fetched: extra headers, basic auth, and limits that replace the
 * global ones in {@link FetchSettings}. Headers and credentials go only to the host of the URL
 * first requested, never to a host a redirect points at.
 *
 * @param headers        extra request headers (a token for a private feed)
 * @param auth           HTTP basic auth, sent with the first request (no 401 round trip)
 * @param connectTimeout replaces {@link FetchSettings#connectTimeout()}
 * @param timeout        replaces {@link FetchSettings#timeout()}
 * @param maxBytes       replaces {@link FetchSettings#maxBytes()}
 */
public record FetchOptions(Map<String, String> headers, Optional<Credentials> auth,
                           Optional<Duration> connectTimeout, Optional<Duration> timeout,
                           Optional<Long> maxBytes) {

    public static final FetchOptions NONE = new FetchOptions(Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public FetchOptions {
        headers = Map.copyOf(headers);
    }

    /** A user name and password; {@link #toString()} hides the password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }
}

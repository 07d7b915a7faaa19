package io.tributary.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What Tributary remembers about fetching one source between polls, so the next request can be
 * conditional and polite.
 *
 * @param etag          validator from the last 200 answer, for {@code If-None-Match}
 * @param lastModified  validator from the last 200 answer, for {@code If-Modified-Since}
 * @param effectiveUrl  where the feed lives now (after a permanent redirect), else empty
 * @param lastStatus    status of the last poll ({@code ok}, {@code not-modified}, {@code error: ...})
 * @param failures      polls in a row that failed
 * @param lastSuccess   when a poll last succeeded
 */
public record FetchState(
        Optional<String> etag,
        Optional<String> lastModified,
        Optional<URI> effectiveUrl,
        Optional<String> lastStatus,
        int failures,
        Optional<Instant> lastSuccess) {

    /** The state of a source never fetched. */
    public static FetchState initial() {
        return new FetchState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                0, Optional.empty());
    }
}

package io.tributary.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * What one fetch brought back.
 *
 * @param outcome      how it ended
 * @param httpStatus   the final HTTP status, 0 for {@code file:} URLs and failures before an answer
 * @param body         the decoded (un-gzipped) body bytes; empty unless OK or TOO_LARGE
 * @param contentType  the {@code Content-Type} header, if any
 * @param etag         the answer's {@code ETag}, if any
 * @param lastModified the answer's {@code Last-Modified}, if any
 * @param finalUrl     the URL the body came from, after redirects
 * @param message      for ERROR and TIMEOUT, a short reason ({@code HTTP 404}, {@code connection refused})
 * @param millis       wall time the fetch took
 * @param movedTo      the final URL when every redirect on the way was permanent (301/308): the
 *                     feed's new home; empty without redirects or when one was temporary
 * @param retryAfter   the {@code Retry-After} header of a 429 or 503, as sent
 */
public record FetchResult(
        FetchOutcome outcome,
        int httpStatus,
        byte[] body,
        Optional<String> contentType,
        Optional<String> etag,
        Optional<String> lastModified,
        URI finalUrl,
        String message,
        long millis,
        Optional<URI> movedTo,
        Optional<String> retryAfter) {

    /** A result without a permanent move or {@code Retry-After}. */
    public FetchResult(FetchOutcome outcome, int httpStatus, byte[] body, Optional<String> contentType,
                       Optional<String> etag, Optional<String> lastModified, URI finalUrl, String message,
                       long millis) {
        this(outcome, httpStatus, body, contentType, etag, lastModified, finalUrl, message, millis,
                Optional.empty(), Optional.empty());
    }
}

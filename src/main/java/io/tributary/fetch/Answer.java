package io.tributary.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A {@link FetchResult} before the clock stops: the parts of a fetch decide what happened, and
 * {@link Fetcher} alone measures how long it took, so no part has to carry a stopwatch.
 */
record Answer(
        FetchOutcome outcome,
        int httpStatus,
        byte[] body,
        Optional<String> contentType,
        Optional<String> etag,
        Optional<String> lastModified,
        URI finalUrl,
        String message,
        Optional<URI> movedTo,
        Optional<String> retryAfter) {

    static final byte[] NO_BODY = new byte[0];

    Answer(FetchOutcome outcome, int httpStatus, byte[] body, Optional<String> contentType, Optional<String> etag,
           Optional<String> lastModified, URI finalUrl, String message) {
        this(outcome, httpStatus, body, contentType, etag, lastModified, finalUrl, message, Optional.empty(),
                Optional.empty());
    }

    /** A fetch that ended before any answer arrived (or without one worth keeping). */
    static Answer failure(FetchOutcome outcome, String message, URI url) {
        return new Answer(outcome, 0, NO_BODY, Optional.empty(), Optional.empty(), Optional.empty(),
                url, message);
    }

    FetchResult toResult(long millis) {
        return new FetchResult(outcome, httpStatus, body, contentType, etag, lastModified, finalUrl,
                message, millis, movedTo, retryAfter);
    }
}

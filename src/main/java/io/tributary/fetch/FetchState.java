package io.tributary.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What Tributary remembers about fetching one source between polls, so the next request can be
 * conditional and polite. The store keeps it across restarts (issue 3, item 1).
 *
 * @param etag              validator from the last 200 answer, for {@code If-None-Match}
 * @param lastModified      validator from the last 200 answer, for {@code If-Modified-Since}
 * @param effectiveUrl      where the feed lives now (after a permanent redirect or a feed link
 *                          found on an HTML page), else empty
 * @param lastStatus        status of the last poll ({@code ok}, {@code not-modified}, {@code error: ...})
 * @param failures          polls in a row that failed
 * @param lastSuccess       when a poll last succeeded
 * @param lastError         the detail of the last failure ({@code HTTP 404}), empty after a success
 * @param nextAttempt       no request to this source before this time (backoff, {@code Retry-After})
 * @param gone              the source answered {@code 410 Gone}: never polled again while its
 *                          config entry stays as it was ({@code configFingerprint})
 * @param configFingerprint a hash of the config entry this state belongs to; when the entry
 *                          changes, the state's URL, validators, backoff and gone mark no longer apply
 */
public record FetchState(
        Optional<String> etag,
        Optional<String> lastModified,
        Optional<URI> effectiveUrl,
        Optional<String> lastStatus,
        int failures,
        Optional<Instant> lastSuccess,
        Optional<String> lastError,
        Optional<Instant> nextAttempt,
        boolean gone,
        Optional<String> configFingerprint) {

    /** A state without error detail, backoff, gone mark or fingerprint (the first six parts only). */
    public FetchState(Optional<String> etag, Optional<String> lastModified, Optional<URI> effectiveUrl,
                      Optional<String> lastStatus, int failures, Optional<Instant> lastSuccess) {
        this(etag, lastModified, effectiveUrl, lastStatus, failures, lastSuccess, Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    /** The state of a source never fetched. */
    public static FetchState initial() {
        return new FetchState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                0, Optional.empty());
    }

    /** Whether a request may be sent at {@code now}: no backoff or {@code Retry-After} holds it back. */
    public boolean dueAt(Instant now) {
        return nextAttempt.map(next -> !now.isBefore(next)).orElse(true);
    }

    /**
     * This state as it applies to a config entry with {@code fingerprint}: unchanged when the
     * entry is the one the state was recorded for (or the state predates fingerprints); otherwise
     * a fresh start that keeps only the history (status, failures, last success).
     */
    public FetchState forConfig(String fingerprint) {
        if (configFingerprint.isEmpty() || configFingerprint.get().equals(fingerprint)) {
            return this;
        }
        return new FetchState(Optional.empty(), Optional.empty(), Optional.empty(), lastStatus, failures,
                lastSuccess, lastError, Optional.empty(), false, Optional.of(fingerprint));
    }
}

package io.tributary.pipeline;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.Backoff;
import io.tributary.fetch.FetchOutcome;
import io.tributary.fetch.FetchResult;
import io.tributary.fetch.FetchState;
import io.tributary.fetch.HostPenalties;
import io.tributary.fetch.RetryAfter;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to remember about a source after one poll (issue 3, items 1-4): validators from a body
 * read whole, the feed's new home after a permanent move or a discovered feed link, the
 * {@code gone} mark after a 410, and the next attempt after a failure (backoff, or the
 * server's {@code Retry-After}); one success clears the backoff.
 */
final class StateAfterPoll {
    private static final Logger LOG = LoggerFactory.getLogger(StateAfterPoll.class);

    private final Backoff backoff;
    private final HostPenalties hosts;
    private final RetryAfter retryAfter = new RetryAfter();

    StateAfterPoll(Backoff backoff, HostPenalties hosts) {
        this.backoff = backoff;
        this.hosts = hosts;
    }

    /**
     * @param previous    the state the poll started from (already matched to the config entry)
     * @param fetched     the fetch whose body was used (the discovered feed's, if there was one)
     * @param discovered  a feed link found on the page at the source's URL, when that page was HTML
     * @param poll        how the poll ended
     */
    FetchState next(SourceConfig source, FetchState previous, FetchResult fetched, Optional<URI> discovered,
                    PollEnd poll, Instant now, String fingerprint) {
        Optional<String> host = Optional.ofNullable(fetched.finalUrl().getHost());
        if (poll.failed()) {
            return afterFailure(source, previous, fetched, host, poll, now, fingerprint);
        }
        host.ifPresent(h -> hosts.cleared(h, source.name()));
        Optional<URI> effective = newHome(source, previous, fetched, discovered);
        boolean wholeBody = poll.status().startsWith("ok"); // "ok (recovered)" too: the body was whole
        return new FetchState(wholeBody ? fetched.etag() : previous.etag(),
                wholeBody ? fetched.lastModified() : previous.lastModified(), effective,
                Optional.of(poll.statusLine()), 0, Optional.of(now), Optional.empty(), Optional.empty(), false,
                Optional.of(fingerprint));
    }

    private FetchState afterFailure(SourceConfig source, FetchState previous, FetchResult fetched,
                                    Optional<String> host, PollEnd poll, Instant now, String fingerprint) {
        boolean gone = fetched.outcome() == FetchOutcome.GONE;
        int failures = previous.failures() + 1;
        Optional<Instant> told = fetched.outcome() == FetchOutcome.RATE_LIMITED
                ? fetched.retryAfter().flatMap(value -> retryAfter.until(value, now))
                : Optional.empty();
        Instant next = backoff.nextAttempt(failures, source.interval(), told, now);
        if (fetched.outcome() == FetchOutcome.RATE_LIMITED) {
            host.ifPresent(h -> hosts.told(h, source.name(), next));
        }
        if (gone) {
            LOG.warn("source {}: {} answered 410 Gone; it is not polled again until its config entry changes",
                    source.name(), fetched.finalUrl());
        }
        return new FetchState(previous.etag(), previous.lastModified(), previous.effectiveUrl(),
                Optional.of(poll.statusLine()), failures, previous.lastSuccess(), poll.error(),
                gone ? Optional.empty() : Optional.of(next), gone, Optional.of(fingerprint));
    }

    /** The URL to poll from now on; a change is worth a WARN, since the config should follow it. */
    private static Optional<URI> newHome(SourceConfig source, FetchState previous, FetchResult fetched,
                                         Optional<URI> discovered) {
        Optional<URI> moved = fetched.movedTo().or(() -> discovered);
        if (moved.isEmpty() || moved.equals(previous.effectiveUrl())) {
            return previous.effectiveUrl();
        }
        if (moved.get().equals(source.url())) {
            return Optional.empty();
        }
        LOG.warn("source {}: the feed moved for good to {}; polling it there from now on: update the config "
                + "(url: {})", source.name(), moved.get(), moved.get());
        return moved;
    }

    /** How a poll ended, as the poller reports it. */
    record PollEnd(String status, Optional<String> error, boolean failed) {
        String statusLine() {
            return error.map(e -> status + ": " + e).orElse(status);
        }
    }
}

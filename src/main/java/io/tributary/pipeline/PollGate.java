package io.tributary.pipeline;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchState;
import io.tributary.fetch.HostPenalties;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides, before any request, whether a source may be fetched now: not when it is {@code gone}
 * (410, until its config entry changes), not before its own next attempt (backoff or
 * {@code Retry-After}), and not while its host as a whole asked us to slow down. A source held
 * back is not written to the store: its status stays as it was.
 */
final class PollGate {
    private final HostPenalties hosts;

    PollGate(HostPenalties hosts) {
        this.hosts = hosts;
    }

    /** The report for a poll that sends no request, or empty when the source may be fetched. */
    Optional<PollReport> holdBack(SourceConfig source, FetchState state, URI url, Instant now) {
        if (state.gone()) {
            return Optional.of(new PollReport(source.name(), "gone: not polled until its config entry changes",
                    0, 0, 0, 0, true));
        }
        if (!state.dueAt(now)) {
            return Optional.of(new PollReport(source.name(), "waiting until " + state.nextAttempt().orElse(now)
                    + state.lastStatus().map(s -> " (" + s + ")").orElse(""), 0, 0, 0, 0, state.failures() > 0));
        }
        if (url.getHost() != null) {
            Optional<Instant> hostWait = hosts.hostWait(url.getHost(), now);
            if (hostWait.isPresent()) {
                return Optional.of(new PollReport(source.name(), "waiting until " + hostWait.get()
                        + " (host " + url.getHost() + " asked several sources to slow down)", 0, 0, 0, 0, false));
            }
        }
        return Optional.empty();
    }
}

package io.tributary.store;

import io.tributary.fetch.FetchState;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one poll of a source ended, written by {@link PollTransaction#finish}.
 *
 * <p>From {@code state} the store keeps the validators, the effective URL, the next attempt time,
 * the {@code gone} mark and the config fingerprint exactly as given (so pass the previous ones on,
 * for example, a 304 or a failure). It does not take {@code failures},
 * {@code lastStatus} or {@code lastSuccess} from it: it counts failures itself (back to 0 on
 * success, one more otherwise), and derives the others from {@code status}, {@code error},
 * {@code success} and {@code at}; {@link Store#fetchState} reads them back.
 *
 * @param url       the source's configured feed URL
 * @param state     validators and effective URL to remember
 * @param status    the short status: {@code ok}, {@code not-modified}, {@code gone},
 *                  {@code rate-limited}, {@code too-large}, {@code timeout}, {@code not-a-feed},
 *                  {@code invalid}, {@code error}
 * @param error     the detail of a failure, shown after the status ({@code error: HTTP 404})
 * @param feedTitle the feed's own title; when empty, the stored one is kept
 * @param siteLink  the feed's website link; when empty, the stored one is kept
 * @param at        when the poll happened
 * @param millis    how long it took
 * @param success   whether it counts as a success (resets the failure count)
 * @param rights    the feed's rights statement; when empty, the stored one is kept
 */
public record SourceUpdate(URI url, FetchState state, String status, Optional<String> error,
                           Optional<String> feedTitle, Optional<String> siteLink, Instant at, long millis,
                           boolean success, Optional<String> rights) {
    public SourceUpdate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(feedTitle, "feedTitle");
        Objects.requireNonNull(siteLink, "siteLink");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rights, "rights");
    }

    /** An update that says nothing of the feed's rights (the stored statement is kept). */
    public SourceUpdate(URI url, FetchState state, String status, Optional<String> error,
                        Optional<String> feedTitle, Optional<String> siteLink, Instant at, long millis,
                        boolean success) {
        this(url, state, status, error, feedTitle, siteLink, at, millis, success, Optional.empty());
    }

    /** The status as operators see it: {@code status}, or {@code status: error} when there is one. */
    public String statusLine() {
        return error.map(e -> status + ": " + e).orElse(status);
    }
}

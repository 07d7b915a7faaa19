package io.tributary.store;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One WebSub subscription to a source's hub (W3C WebSub, section 5), as stored.
 *
 * @param callbackId  the opaque id in the callback URL ({@code <base-url>/websub/<callbackId>})
 * @param sourceName  the source whose feed it pushes
 * @param topic       the feed's URL as the hub knows it (its {@code rel="self"})
 * @param hub         the hub
 * @param secret      the {@code hub.secret} that signs pushed content
 * @param state       where the subscription stands
 * @param requestedAt when it was last asked for (subscribe, renewal or unsubscribe)
 * @param verifiedAt  when the hub last verified it, if ever
 * @param leaseExpiry when the hub's lease ends, once verified
 * @param lastError   why the last request failed, if it did
 */
public record Subscription(String callbackId, String sourceName, URI topic, URI hub, String secret, State state,
                           Instant requestedAt, Optional<Instant> verifiedAt, Optional<Instant> leaseExpiry,
                           Optional<String> lastError) {
    public Subscription {
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(leaseExpiry, "leaseExpiry");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** A subscription just asked for: pending until the hub verifies it. */
    public static Subscription requested(String callbackId, String sourceName, URI topic, URI hub, String secret,
                                         Instant at) {
        return new Subscription(callbackId, sourceName, topic, hub, secret, State.PENDING, at, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * When to ask again: at {@code share} of the lease (0.8 renews at 80 %), so a slow or briefly
     * unreachable hub still has time before the lease ends. Empty until verified.
     */
    public Optional<Instant> renewAt(double share) {
        if (verifiedAt.isEmpty() || leaseExpiry.isEmpty()) {
            return Optional.empty();
        }
        Duration lease = Duration.between(verifiedAt.get(), leaseExpiry.get());
        return Optional.of(verifiedAt.get().plusMillis((long) (lease.toMillis() * share)));
    }

    public Subscription withState(State next) {
        return new Subscription(callbackId, sourceName, topic, hub, secret, next, requestedAt, verifiedAt,
                leaseExpiry, lastError);
    }

    /** The hub verified it at {@code at} with a lease ending at {@code expiry}. */
    public Subscription verified(Instant at, Instant expiry) {
        return new Subscription(callbackId, sourceName, topic, hub, secret, State.ACTIVE, requestedAt,
                Optional.of(at), Optional.of(expiry), Optional.empty());
    }

    /** Asked for again at {@code at} (a renewal or an unsubscribe); the error of the last try cleared. */
    public Subscription requestedAgain(Instant at) {
        return new Subscription(callbackId, sourceName, topic, hub, secret, state, at, verifiedAt, leaseExpiry,
                Optional.empty());
    }

    public Subscription failed(String error) {
        return new Subscription(callbackId, sourceName, topic, hub, secret, state, requestedAt, verifiedAt,
                leaseExpiry, Optional.of(error));
    }

    /** Where a subscription stands. */
    public enum State {
        /** Asked for; the hub has not verified it yet. */
        PENDING,
        /** Verified; the hub pushes until the lease ends. */
        ACTIVE,
        /** The hub said no ({@code hub.mode=denied}). */
        DENIED,
        /** Asked to end; the row goes once the hub verifies that. */
        UNSUBSCRIBING;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.trim().toUpperCase(Locale.ROOT));
        }
    }
}

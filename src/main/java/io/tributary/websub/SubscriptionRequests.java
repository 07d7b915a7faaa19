package io.tributary.websub;

import io.tributary.store.StoreException;
import io.tributary.store.Subscription;
import io.tributary.store.Subscriptions;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks hubs to subscribe, renew and unsubscribe, keeping the stored row in step. The row is saved
 * before the request goes out, because a hub may verify (call back) before it answers.
 */
public final class SubscriptionRequests {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRequests.class);
    /** 32 bytes of secret: WebSub asks for fewer than 200 bytes; HMAC-SHA256 wants at least 32. */
    private static final int SECRET_BYTES = 32;
    /** 24 random bytes: 32 characters no one can guess, so a callback URL cannot be forged. */
    private static final int ID_BYTES = 24;

    private final Subscriptions subscriptions;
    private final HubClient hub;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionRequests(Subscriptions subscriptions, HubClient hub, Clock clock) {
        this.subscriptions = subscriptions;
        this.hub = hub;
        this.clock = clock;
    }

    /** A new subscription of {@code sourceName} to {@code topic} at {@code hubUrl}, with a fresh id and secret. */
    public Subscription subscribe(String sourceName, URI sourceUrl, URI hubUrl, URI topic) throws StoreException {
        Subscription fresh = Subscription.requested(token(ID_BYTES), sourceName, topic, hubUrl, token(SECRET_BYTES),
                clock.instant());
        subscriptions.save(fresh);
        LOG.info("websub {}: subscribing to {} at hub {}", sourceName, topic, hubUrl);
        return ended(fresh, hub.subscribe(fresh, sourceUrl));
    }

    /**
     * Asks again for a subscription the hub knows (before its lease ends) or lost (after it
     * ended, or never verified), with the same callback and secret.
     */
    public Subscription renew(Subscription subscription, URI sourceUrl, Subscription.State state)
            throws StoreException {
        Subscription asked = subscription.requestedAgain(clock.instant()).withState(state);
        subscriptions.save(asked);
        LOG.info("websub {}: renewing the subscription to {} at hub {}", asked.sourceName(), asked.topic(),
                asked.hub());
        return ended(asked, hub.subscribe(asked, sourceUrl));
    }

    /** Asks the hub to stop; the row goes once the hub verifies that (or after a while without an answer). */
    public Subscription unsubscribe(Subscription subscription) throws StoreException {
        Subscription asked = subscription.requestedAgain(clock.instant()).withState(Subscription.State.UNSUBSCRIBING);
        subscriptions.save(asked);
        LOG.info("websub {}: unsubscribing from {} at hub {}", asked.sourceName(), asked.topic(), asked.hub());
        return ended(asked, hub.unsubscribe(asked));
    }

    private Subscription ended(Subscription asked, Optional<String> failure) throws StoreException {
        if (failure.isEmpty()) {
            return asked;
        }
        LOG.warn("websub {}: hub {}: {}", asked.sourceName(), asked.hub(), failure.get());
        // read back: the hub may have verified (and the row moved on) before it failed to answer
        Subscription now = subscriptions.byCallback(asked.callbackId()).orElse(asked).failed(failure.get());
        subscriptions.save(now);
        return now;
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}

package io.tributary.websub;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.store.StoreException;
import io.tributary.store.Subscription;
import io.tributary.store.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored subscriptions in step with time and with the config; {@code run} calls
 * {@link #tend} at start, every minute, and after a config edit.
 * <ul>
 *   <li>A verified lease is renewed at {@value #RENEW_SHARE_PERCENT} % of its length (WebSub
 *       section 5.1: subscriptions expire unless renewed), leaving a fifth of it for a slow hub.</li>
 *   <li>A lease that ended (the process was stopped past it) or a request the hub never verified
 *       within {@link #UNVERIFIED_RETRY} is asked for again.</li>
 *   <li>A source taken out of the config, or with {@code websub} turned off, is unsubscribed; an
 *       unsubscribe the hub never verified is forgotten after {@link #UNVERIFIED_RETRY}.</li>
 *   <li>A denied subscription stays denied (the hub said no) until the feed names another hub.</li>
 * </ul>
 */
public final class LeaseKeeper {
    static final int RENEW_SHARE_PERCENT = 80;
    static final Duration UNVERIFIED_RETRY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final Subscriptions subscriptions;
    private final SubscriptionRequests requests;
    private final Clock clock;

    public LeaseKeeper(Subscriptions subscriptions, SubscriptionRequests requests, Clock clock) {
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.clock = clock;
    }

    /** Renews, retries and unsubscribes what is due under {@code config}; returns how many requests it sent. */
    public int tend(Config config) {
        int sent = 0;
        try {
            for (Subscription subscription : subscriptions.all()) {
                try {
                    sent += tend(subscription, config) ? 1 : 0;
                } catch (StoreException | RuntimeException e) {
                    LOG.warn("websub {}: cannot tend the subscription: {}", subscription.sourceName(), e.getMessage());
                }
            }
        } catch (StoreException e) {
            LOG.warn("websub: cannot read the subscriptions: {}", e.getMessage());
        }
        return sent;
    }

    private boolean tend(Subscription subscription, Config config) throws StoreException {
        Instant now = clock.instant();
        Optional<SourceConfig> source = config.source(subscription.sourceName()).filter(SourceConfig::websub);
        boolean unanswered = !subscription.requestedAt().plus(UNVERIFIED_RETRY).isAfter(now);
        switch (subscription.state()) {
            case UNSUBSCRIBING:
                if (unanswered) {
                    subscriptions.delete(subscription.callbackId());
                }
                return false;
            case DENIED:
                if (source.isEmpty()) {
                    subscriptions.delete(subscription.callbackId());
                }
                return false;
            default:
                break;
        }
        if (source.isEmpty()) {
            requests.unsubscribe(subscription);
            return true;
        }
        if (subscription.state() == Subscription.State.PENDING) {
            if (unanswered) {
                requests.renew(subscription, source.get().url(), Subscription.State.PENDING);
                return true;
            }
            return false;
        }
        return renewActive(subscription, source.get(), now, unanswered);
    }

    private boolean renewActive(Subscription subscription, SourceConfig source, Instant now, boolean unanswered)
            throws StoreException {
        Instant expiry = subscription.leaseExpiry().orElse(now);
        if (!expiry.isAfter(now)) {
            // the lease ended: the hub no longer pushes; ask as for a new subscription
            requests.renew(subscription, source.url(), Subscription.State.PENDING);
            return true;
        }
        Instant renewAt = subscription.renewAt(RENEW_SHARE_PERCENT / 100.0).orElse(now);
        // once per lease, unless the last renewal failed (then again after a while)
        boolean asked = !subscription.requestedAt().isBefore(renewAt);
        boolean failed = subscription.lastError().isPresent() && unanswered;
        if (!renewAt.isAfter(now) && (!asked || failed)) {
            requests.renew(subscription, source.url(), Subscription.State.ACTIVE);
            return true;
        }
        return false;
    }
}

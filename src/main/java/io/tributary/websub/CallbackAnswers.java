package io.tributary.websub;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.pipeline.PollReport;
import io.tributary.store.StoreException;
import io.tributary.store.Subscription;
import io.tributary.store.Subscriptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the callback URL {@code /websub/<id>} answers a hub, apart from HTTP itself.
 * <ul>
 *   <li>Verification of intent (GET, WebSub section 5.3): the challenge is echoed with 200 only
 *       when the mode, the topic and the id match a subscription we asked for (pending or active
 *       for {@code subscribe}, being ended for {@code unsubscribe}); anything else is 404, so no one
 *       can subscribe us to anything. {@code hub.mode=denied} marks the subscription denied.</li>
 *   <li>Content distribution (POST, section 8): a body whose {@code X-Hub-Signature} verifies
 *       with the subscription's secret is stored as a poll of the source would store it. A bad or
 *       missing signature is answered 202 as the spec asks, logged, and ignored.</li>
 * </ul>
 */
public final class CallbackAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackAnswers.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final Subscriptions subscriptions;
    private final Supplier<Config> config;
    private final Pushes pushes;
    private final Consumer<PollReport> afterPush;
    private final Clock clock;
    private final Signature signature = new Signature();

    /**
     * @param config    the running config (which sources want pushes, their size limits)
     * @param pushes    stores a pushed body for a source ({@code LiveRiver::push})
     * @param afterPush told of each stored push (metrics, rendering the site again)
     */
    public CallbackAnswers(Subscriptions subscriptions, Supplier<Config> config, Pushes pushes,
                           Consumer<PollReport> afterPush, Clock clock) {
        this.subscriptions = subscriptions;
        this.config = config;
        this.pushes = pushes;
        this.afterPush = afterPush;
        this.clock = clock;
    }

    /** The subscription behind a callback id, if the id is one of ours. */
    public Optional<Subscription> subscription(String callbackId) throws StoreException {
        return ID.matcher(callbackId).matches() ? subscriptions.byCallback(callbackId) : Optional.empty();
    }

    /**
     * The largest push accepted for a subscription: its source's {@code max-bytes}, else
     * {@code poll.max-bytes}. A source no longer configured takes nothing.
     */
    public long bodyLimit(Subscription subscription) {
        Config running = config.get();
        return running.source(subscription.sourceName())
                .map(source -> source.fetch().maxBytes().map(size -> size.bytes())
                        .orElse(running.poll().maxBytes().bytes()))
                .orElse(0L);
    }

    /** Answers a verification GET with its query parameters. */
    public Answer verify(Subscription subscription, Map<String, String> query) throws StoreException {
        String mode = query.getOrDefault("hub.mode", "");
        String topic = query.getOrDefault("hub.topic", "");
        if (!topic.equals(subscription.topic().toString())) {
            LOG.warn("websub {}: verification for another topic ({}) refused", subscription.sourceName(), topic);
            return Answer.NOT_FOUND;
        }
        switch (mode) {
            case "subscribe":
                return verifySubscribe(subscription, query);
            case "unsubscribe":
                if (subscription.state() != Subscription.State.UNSUBSCRIBING
                        || query.getOrDefault("hub.challenge", "").isEmpty()) {
                    return Answer.NOT_FOUND;
                }
                subscriptions.delete(subscription.callbackId());
                LOG.info("websub {}: unsubscribed from {}", subscription.sourceName(), subscription.topic());
                return Answer.challenge(query.getOrDefault("hub.challenge", ""));
            case "denied":
                subscriptions.save(subscription.withState(Subscription.State.DENIED)
                        .failed("denied by the hub: " + query.getOrDefault("hub.reason", "no reason given")));
                LOG.warn("websub {}: hub {} denied the subscription: {}", subscription.sourceName(),
                        subscription.hub(), query.getOrDefault("hub.reason", "no reason given"));
                return Answer.OK;
            default:
                return Answer.NOT_FOUND;
        }
    }

    private Answer verifySubscribe(Subscription subscription, Map<String, String> query) throws StoreException {
        boolean wanted = subscription.state() == Subscription.State.PENDING
                || subscription.state() == Subscription.State.ACTIVE;
        Optional<SourceConfig> source = config.get().source(subscription.sourceName()).filter(SourceConfig::websub);
        String challenge = query.getOrDefault("hub.challenge", "");
        if (!wanted || source.isEmpty() || challenge.isEmpty()) {
            return Answer.NOT_FOUND;
        }
        Instant now = clock.instant();
        Duration lease = leaseOf(query.get("hub.lease_seconds"));
        subscriptions.save(subscription.verified(now, now.plus(lease)));
        LOG.info("websub {}: subscription to {} verified, lease {}", subscription.sourceName(), subscription.topic(),
                lease);
        return Answer.challenge(challenge);
    }

    /** The lease the hub granted; required by the spec, the one asked for when a hub leaves it out. */
    private static Duration leaseOf(String seconds) {
        try {
            long value = Long.parseLong(seconds == null ? "" : seconds.strip());
            return value > 0 ? Duration.ofSeconds(value) : HubClient.LEASE;
        } catch (NumberFormatException e) {
            return HubClient.LEASE;
        }
    }

    /** Answers a content distribution POST whose body is at most {@link #bodyLimit} bytes. */
    public Answer deliver(Subscription subscription, Optional<String> signatureHeader, Optional<String> contentType,
                          byte[] body) {
        if (subscription.state() == Subscription.State.UNSUBSCRIBING
                || subscription.state() == Subscription.State.DENIED) {
            return Answer.GONE;
        }
        if (!signature.verifies(signatureHeader, body, subscription.secret())) {
            LOG.warn("websub {}: push with a {} signature ignored", subscription.sourceName(),
                    signatureHeader.isPresent() ? "wrong" : "missing");
            return Answer.ACCEPTED;
        }
        URI topic = subscription.topic();
        Optional<PollReport> report = pushes.push(subscription.sourceName(), body, topic, contentType);
        if (report.isEmpty()) {
            return Answer.GONE;
        }
        if (!report.get().failed()) {
            // an unreadable push stored nothing and changed no status: nothing to count or render
            afterPush.accept(report.get());
        }
        return Answer.ACCEPTED;
    }

    /** Stores a pushed body for the named source; empty when it is no longer configured. */
    @FunctionalInterface
    public interface Pushes {
        Optional<PollReport> push(String sourceName, byte[] body, URI topic, Optional<String> contentType);
    }

    /**
     * An answer to the hub.
     *
     * @param status HTTP status
     * @param body   plain text
     */
    public record Answer(int status, String body) {
        static final Answer OK = new Answer(200, "ok");
        static final Answer ACCEPTED = new Answer(202, "accepted");
        static final Answer NOT_FOUND = new Answer(404, "Not found");
        /** WebSub section 8: 410 tells the hub to stop sending to this callback. */
        static final Answer GONE = new Answer(410, "gone");

        static Answer challenge(String challenge) {
            return new Answer(200, challenge);
        }
    }
}

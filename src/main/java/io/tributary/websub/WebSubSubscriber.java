package io.tributary.websub;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchResult;
import io.tributary.parse.FeedSelfLink;
import io.tributary.parse.ParsedFeed;
import io.tributary.pipeline.FeedObserver;
import io.tributary.store.StoreException;
import io.tributary.store.Subscription;
import io.tributary.store.Subscriptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes opted-in sources to the hub their feed names, after a poll stored it (WebSub section
 * 5.1). The topic is the feed's {@code rel="self"}, else the URL it was fetched from. A source
 * already subscribed to that hub and topic is left alone (renewal is {@link LeaseKeeper}'s job);
 * a source whose hub or topic changed is unsubscribed from the old one and subscribed to the new.
 *
 * <p>Requests go out on {@code worker}, so a slow hub never holds up a poll thread.
 */
public final class WebSubSubscriber implements FeedObserver {
    private static final Logger LOG = LoggerFactory.getLogger(WebSubSubscriber.class);

    private final Subscriptions subscriptions;
    private final SubscriptionRequests requests;
    private final Executor worker;
    private final FeedSelfLink selfLink = new FeedSelfLink();

    public WebSubSubscriber(Subscriptions subscriptions, SubscriptionRequests requests, Executor worker) {
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.worker = worker;
    }

    @Override
    public void stored(SourceConfig source, FetchResult fetched, ParsedFeed feed) {
        if (!source.websub()) {
            return;
        }
        Optional<URI> hub = feed.hub().flatMap(WebSubSubscriber::webUrl);
        if (hub.isEmpty()) {
            return;
        }
        URI topic = selfLink.find(fetched.body(), fetched.finalUrl()).orElse(fetched.finalUrl());
        worker.execute(() -> follow(source, hub.get(), topic));
    }

    private void follow(SourceConfig source, URI hub, URI topic) {
        try {
            List<Subscription> existing = subscriptions.ofSource(source.name());
            boolean subscribed = false;
            for (Subscription subscription : existing) {
                if (subscription.state() == Subscription.State.UNSUBSCRIBING) {
                    continue;
                }
                if (subscription.hub().equals(hub) && subscription.topic().equals(topic)) {
                    subscribed = true;
                } else {
                    LOG.info("websub {}: the feed now names hub {} and topic {}", source.name(), hub, topic);
                    requests.unsubscribe(subscription);
                }
            }
            if (!subscribed) {
                requests.subscribe(source.name(), source.url(), hub, topic);
            }
        } catch (StoreException | RuntimeException e) {
            LOG.warn("websub {}: cannot subscribe: {}", source.name(), e.getMessage());
        }
    }

    private static Optional<URI> webUrl(String text) {
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                    ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

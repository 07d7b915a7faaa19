package io.tributary.pipeline;

import io.tributary.Version;
import io.tributary.clean.EntryCleaner;
import io.tributary.clean.HtmlCleaner;
import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.Backoff;
import io.tributary.fetch.FetchSettings;
import io.tributary.fetch.Fetcher;
import io.tributary.fetch.HostPenalties;
import io.tributary.parse.FeedParser;
import io.tributary.publish.HealthReport;
import io.tributary.publish.PublishedSite;
import io.tributary.publish.SiteRenderer;
import io.tributary.publish.StorySource;
import io.tributary.store.PublishedStory;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.store.UncheckedStoreException;
import io.tributary.topic.Retagger;
import io.tributary.topic.Tagger;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one config sets flowing: the store, the fetcher and the stages, put together once.
 * Commands ({@code run}, {@code poll}, {@code publish}) use it instead of wiring stages themselves.
 */
public final class River implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(River.class);
    /** Polls of one source tried in a row when each loses a race with another node's transaction. */
    private static final int CONFLICT_ATTEMPTS = 3;

    private final Config config;
    private final Store store;
    private final Fetcher fetcher;
    private final SourcePoller poller;
    private final Clock clock;
    private final FeedObserver observer;
    private final PushedFeed pushes;
    /** Kept for the config's life: it keeps complete archive pages between renders. */
    private final SiteRenderer renderer = new SiteRenderer();

    private River(Config config, Store store, Fetcher fetcher, SourcePoller poller, Clock clock,
                  FeedObserver observer, PushedFeed pushes) {
        this.config = config;
        this.store = store;
        this.fetcher = fetcher;
        this.poller = poller;
        this.clock = clock;
        this.observer = observer;
        this.pushes = pushes;
    }

    /** Opens the store (creating or migrating its schema) and builds every stage for {@code config}. */
    public static River open(Config config, Clock clock) throws StoreException {
        return build(config, Store.open(config.store()), clock, FeedObserver.NONE);
    }

    /**
     * A river on a store opened already (by {@link Store#open}), which it then owns and closes;
     * {@code observer} sees every feed a poll stored, in this river and the ones that replace it.
     */
    public static River over(Config config, Store store, Clock clock, FeedObserver observer) {
        return build(config, store, clock, observer);
    }

    /**
     * A river for {@code next} sharing this one's store (changing the store needs a restart), for
     * applying an edited config without a restart. Close only the newest river; {@link #retire}
     * the ones it replaced.
     */
    public River reconfigure(Config next) {
        return build(next, store, clock, observer);
    }

    /** Frees what this river does not share with the river that replaced it (its fetcher). */
    public void retire() {
        fetcher.close();
    }

    private static River build(Config config, Store store, Clock clock, FeedObserver observer) {
        Fetcher fetcher = new Fetcher(new FetchSettings(
                Version.userAgent(config.baseUrl().toString()),
                config.poll().connectTimeout(), config.poll().timeout(), config.poll().maxBytes().bytes(),
                FetchSettings.DEFAULT_MAX_REDIRECTS, config.poll().perHost(), config.poll().proxy()));
        SourcePoller poller = new SourcePoller(fetcher, new FeedParser(), new EntryCleaner(new HtmlCleaner(config.clean())),
                new Deduplicator(config.dedup()), new StoryIds(), new Tagger(config.topics()), store,
                tagAuthority(config), clock,
                new Backoff(() -> ThreadLocalRandom.current().nextDouble()),
                new HostPenalties(), observer);
        PushedFeed pushes = new PushedFeed(new FeedParser(), new EntryCleaner(new HtmlCleaner(config.clean())),
                new Deduplicator(config.dedup()), new StoryIds(), new Tagger(config.topics()), store,
                tagAuthority(config), clock);
        try {
            // topic rules changed since the entries on the feeds were tagged (at start or on a
            // reloaded config): tag those entries again, so topic feeds follow the new rules now
            int retagged = new Retagger(config).retag(store);
            if (retagged >= 0) {
                LOG.info("topic rules changed: {} published entries tagged again", retagged);
            }
        } catch (StoreException e) {
            LOG.error("could not tag the published entries again with the new topic rules: {}", e.getMessage());
        }
        return new River(config, store, fetcher, poller, clock, observer, pushes);
    }

    /**
     * The authority of the {@code tag:} ids this instance mints: the base URL's host. Ids are
     * stored when minted, so changing the base URL later never changes a published id.
     */
    private static String tagAuthority(Config config) {
        String host = config.baseUrl().getHost();
        return host == null || host.isBlank() ? "localhost" : host;
    }

    public Config config() {
        return config;
    }

    public Store store() {
        return store;
    }

    /** Whether the named source was polled before (its fetch state is stored); a store failure says no. */
    public boolean polledBefore(String sourceName) {
        try {
            return store.fetchState(sourceName).lastStatus().isPresent();
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Polls one source. A store failure is reported as the source's status, never thrown. A poll
     * whose transaction lost a race with another node's (see {@link StoreException#conflict()})
     * was rolled back whole and is done again, a few times at most.
     */
    public PollReport poll(SourceConfig source) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return poller.poll(source);
                } catch (StoreException | UncheckedStoreException e) {
                    StoreException cause = e instanceof UncheckedStoreException
                            ? ((UncheckedStoreException) e).getCause() : (StoreException) e;
                    if (!cause.conflict() || attempt >= CONFLICT_ATTEMPTS) {
                        throw cause;
                    }
                    LOG.info("poll {}: raced another writer, polling again: {}", source.name(), cause.getMessage());
                }
            }
        } catch (StoreException | RuntimeException e) {
            LOG.error("poll {} failed", source.name(), e);
            return new PollReport(source.name(), "error: " + e.getMessage(), 0, 0, 0,
                    (System.nanoTime() - started) / 1_000_000, true);
        }
    }

    /**
     * Stores a feed body a WebSub hub pushed for {@code source}, like a poll that fetched it. A
     * store failure is reported as the push's status, never thrown; a push that lost a race with
     * another writer is stored again, a few times at most.
     */
    public PollReport push(SourceConfig source, byte[] body, URI topic, Optional<String> contentType) {
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return pushes.push(source, body, topic, contentType);
                } catch (StoreException | UncheckedStoreException e) {
                    StoreException cause = e instanceof UncheckedStoreException
                            ? ((UncheckedStoreException) e).getCause() : (StoreException) e;
                    if (!cause.conflict() || attempt >= CONFLICT_ATTEMPTS) {
                        throw cause;
                    }
                }
            }
        } catch (StoreException | RuntimeException e) {
            LOG.error("push {} failed", source.name(), e);
            return new PollReport(source.name(), "error: " + e.getMessage(), 0, 0, 0,
                    (System.nanoTime() - started) / 1_000_000, true);
        }
    }

    /** Polls every configured source once, {@code poll.threads} at a time; reports in config order. */
    public List<PollReport> pollAll(PollListener listener) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.poll().threads()));
        try {
            List<Future<PollReport>> futures = new ArrayList<>();
            for (SourceConfig source : config.sources()) {
                futures.add(pool.submit(() -> {
                    PollReport report = poll(source);
                    listener.polled(report);
                    return report;
                }));
            }
            List<PollReport> reports = new ArrayList<>();
            for (Future<PollReport> future : futures) {
                reports.add(future.get());
            }
            return reports;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a poll thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The store's change counter: it moves whenever a poll changed stored entries. */
    public long changeCount() {
        try {
            return store.changeCount();
        } catch (StoreException e) {
            throw new UncheckedStoreException(e);
        }
    }

    /**
     * What {@code /health} reports: every configured source's last status. A store that cannot
     * be read makes the whole instance unhealthy.
     */
    public HealthReport health() {
        try {
            return new HealthReport(HealthReport.OK, Optional.empty(), store.sourceHealth(config.sources()));
        } catch (StoreException e) {
            return new HealthReport("store unavailable", Optional.empty(), List.of());
        }
    }

    /**
     * Renders every published file from what the store holds now. Times come from the store (the
     * last change, else when it was created), never from this process's clock, so that every
     * node of a cluster renders the same bytes, with the same ETag, for the same store.
     */
    public PublishedSite render() {
        return renderer.render(config, storySource(), storeTime());
    }

    private java.time.Instant storeTime() {
        try {
            Optional<java.time.Instant> changed = store.lastChange();
            return changed.isPresent() ? changed.get() : store.createdAt();
        } catch (StoreException e) {
            throw new UncheckedStoreException(e);
        }
    }

    private StorySource storySource() {
        return new StorySource() {
            @Override
            public List<PublishedStory> latest(int limit, Optional<String> topic) {
                try {
                    return store.latest(limit, topic);
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }

            @Override
            public List<PublishedStory> inSequence(Optional<String> topic, long from, int limit) {
                try {
                    return store.inSequence(topic, from, limit);
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }

            @Override
            public long storyCount(Optional<String> topic) {
                try {
                    return store.storyCount(topic);
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }

            @Override
            public List<PublishedStory> uncategorized(int limit) {
                try {
                    return store.latestUncategorized(limit);
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }

            @Override
            public Map<String, Long> topicCounts() {
                try {
                    return store.topicCounts();
                } catch (StoreException e) {
                    throw new UncheckedStoreException(e);
                }
            }
        };
    }

    @Override
    public void close() {
        fetcher.close();
        store.close();
    }

    /** Told about each poll as it ends, for progress output. */
    @FunctionalInterface
    public interface PollListener {
        void polled(PollReport report);
    }
}

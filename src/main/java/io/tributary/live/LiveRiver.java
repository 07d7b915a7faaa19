package io.tributary.live;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.pipeline.PollReport;
import io.tributary.pipeline.River;
import io.tributary.publish.HealthReport;
import io.tributary.publish.PublishedSite;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The river of the config running now. Polls, pages and health read it on every use, so a new
 * config takes effect for the next poll and request; a poll already running finishes with the
 * river it started with.
 */
public final class LiveRiver implements AutoCloseable {
    /** {@code /health} status while a rejected edit waits to be fixed. */
    public static final String DEGRADED = "degraded";

    private final AtomicReference<River> current;
    private final AtomicReference<Optional<String>> configError = new AtomicReference<>(Optional.empty());
    private final List<River> replaced = new ArrayList<>();

    public LiveRiver(River first) {
        this.current = new AtomicReference<>(first);
    }

    public River river() {
        return current.get();
    }

    public Config config() {
        return current.get().config();
    }

    /** Polls the named source with the running config; empty if it is no longer configured. */
    public Optional<PollReport> poll(String sourceName) {
        River river = current.get();
        Optional<SourceConfig> source = river.config().source(sourceName);
        return source.map(river::poll);
    }

    /**
     * Stores a feed body a WebSub hub pushed for the named source with the running config; empty
     * if it is no longer configured.
     */
    public Optional<PollReport> push(String sourceName, byte[] body, URI topic,
                                     Optional<String> contentType) {
        River river = current.get();
        return river.config().source(sourceName).map(source -> river.push(source, body, topic, contentType));
    }

    /** Runs {@code next} from now on; clears any rejected edit. */
    public synchronized void swap(Config next) {
        River previous = current.get();
        current.set(previous.reconfigure(next));
        // Its fetcher may still serve a poll in flight: freed at close, not now.
        replaced.add(previous);
        configError.set(Optional.empty());
    }

    /** Records a rejected edit: the previous config keeps running, health says why. */
    public void rejected(String problems) {
        configError.set(Optional.of(problems));
    }

    public Optional<String> configError() {
        return configError.get();
    }

    /** The river's health, {@code degraded} with the problems while a rejected edit is pending. */
    public HealthReport health() {
        HealthReport health = current.get().health();
        Optional<String> error = configError.get();
        if (error.isEmpty()) {
            return health;
        }
        String status = health.healthy() ? DEGRADED : health.status();
        return new HealthReport(status, error, health.sources());
    }

    public PublishedSite render() {
        return current.get().render();
    }

    public long changeCount() {
        return current.get().changeCount();
    }

    /** Frees the replaced rivers' fetchers, then closes the running river and the store. */
    @Override
    public synchronized void close() {
        for (River river : replaced) {
            river.retire();
        }
        replaced.clear();
        current.get().close();
    }
}

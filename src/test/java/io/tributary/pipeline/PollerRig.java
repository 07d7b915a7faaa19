package io.tributary.pipeline;

import io.tributary.MovingClock;
import io.tributary.clean.EntryCleaner;
import io.tributary.clean.HtmlCleaner;
import io.tributary.config.StoreSettings;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.Backoff;
import io.tributary.fetch.FetchSettings;
import io.tributary.fetch.Fetcher;
import io.tributary.fetch.HostPenalties;
import io.tributary.parse.FeedParser;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.topic.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A SourcePoller on a fresh in-memory store, a real fetcher and a clock the test moves. */
final class PollerRig implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    final MovingClock clock = new MovingClock(T0);
    final Store store;
    final Fetcher fetcher;
    final SourcePoller poller;

    PollerRig() throws StoreException {
        store = Store.open(new StoreSettings("jdbc:hsqldb:mem:pipeline-" + UUID.randomUUID(), "", ""));
        fetcher = new Fetcher(new FetchSettings("Tributary/test", Duration.ofSeconds(5), Duration.ofSeconds(20),
                1_000_000, FetchSettings.DEFAULT_MAX_REDIRECTS));
        // No jitter, so the backoff is exactly interval x 2^failures.
        poller = new SourcePoller(fetcher, new FeedParser(), new EntryCleaner(new HtmlCleaner()), new Deduplicator(),
                new StoryIds(), new Tagger(List.of()), store, "test.example.org", clock, new Backoff(() -> 0.0),
                new HostPenalties());
    }

    static String fixture(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = PollerRig.class.getResourceAsStream("/pipeline/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture pipeline/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        fetcher.close();
        store.close();
    }
}

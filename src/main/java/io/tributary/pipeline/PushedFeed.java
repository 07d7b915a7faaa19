package io.tributary.pipeline;

import io.tributary.clean.EntryCleaner;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.FetchState;
import io.tributary.parse.FeedParser;
import io.tributary.parse.ParseException;
import io.tributary.parse.ParsedFeed;
import io.tributary.store.PollCounts;
import io.tributary.store.PollTransaction;
import io.tributary.store.SourceUpdate;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.topic.Tagger;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed body a WebSub hub pushed for a source (WebSub section 8, "Content Distribution"), taken
 * through the same stages as a poll of that source: parse, clean, identify, decide, tag and write
 * under one poll transaction. Nothing is fetched. The source's fetch state (validators, next
 * attempt) is passed on unchanged, so the polls that keep going as a safety net are unaffected;
 * the source's status becomes {@code ok (push)} and the push counts as a poll in its history.
 *
 * <p>A body that cannot be read changes nothing stored: the hub's copy may be partial or odd, and
 * the next poll reports the feed's real state.
 */
public final class PushedFeed {
    static final String STATUS = "ok (push)";
    private static final Logger LOG = LoggerFactory.getLogger(PushedFeed.class);

    private final FeedParser parser;
    private final FeedEntries entries;
    private final Store store;
    private final Clock clock;

    public PushedFeed(FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator, StoryIds storyIds,
                      Tagger tagger, Store store, String tagAuthority, Clock clock) {
        this.parser = parser;
        this.entries = new FeedEntries(cleaner, deduplicator, storyIds, tagger, tagAuthority);
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores what {@code body} holds for {@code source}.
     *
     * @param topic       the feed's URL, for resolving relative links and naming it in errors
     * @param contentType the push's {@code Content-Type}, if any
     */
    public PollReport push(SourceConfig source, byte[] body, URI topic, Optional<String> contentType)
            throws StoreException {
        long started = System.nanoTime();
        ParsedFeed feed;
        try {
            feed = parser.parse(body, topic, contentType);
        } catch (ParseException e) {
            LOG.warn("push {}: unreadable, ignored: {}", source.name(), e.reason());
            return new PollReport(source.name(), "push ignored: " + e.reason(), 0, 0, 0,
                    (System.nanoTime() - started) / 1_000_000, true);
        }
        FeedEntries.Prepared prepared = entries.prepare(source, feed);
        FetchState state = store.fetchState(source.name());
        Instant now = clock.instant();
        try (PollTransaction tx = store.begin(source)) {
            // a push carries what changed, often not the whole feed: nothing pruned is forgotten
            entries.write(tx, source, prepared, now, false);
            long millis = (System.nanoTime() - started) / 1_000_000;
            SourceUpdate update = new SourceUpdate(source.url(), state, STATUS, Optional.empty(), feed.title(),
                    feed.link(), now, millis, true, feed.rights());
            PollCounts counts = tx.finish(update);
            PollReport report = new PollReport(source.name(), STATUS, counts.added(), counts.updated(),
                    counts.duplicates(), millis, false);
            LOG.info("push {}: {} (new {}, updated {}, duplicate {}) in {} ms", source.name(), report.status(),
                    report.fresh(), report.updated(), report.duplicates(), millis);
            return report;
        }
    }
}

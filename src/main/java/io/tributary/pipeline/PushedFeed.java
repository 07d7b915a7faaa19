package io.tributary.pipeline;

import io.tributary.clean.CleanEntry;
import io.tributary.clean.EntryCleaner;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.Fingerprinter;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.FetchState;
import io.tributary.parse.FeedParser;
import io.tributary.parse.ParseException;
import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;
import io.tributary.store.EntryWrite;
import io.tributary.store.PollCounts;
import io.tributary.store.PollTransaction;
import io.tributary.store.SourceUpdate;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.topic.SkipFilter;
import io.tributary.topic.Tagger;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final EntryCleaner cleaner;
    private final Deduplicator deduplicator;
    private final StoryIds storyIds;
    private final Tagger tagger;
    private final Store store;
    private final String tagAuthority;
    private final Clock clock;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    public PushedFeed(FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator, StoryIds storyIds,
                      Tagger tagger, Store store, String tagAuthority, Clock clock) {
        this.parser = parser;
        this.cleaner = cleaner;
        this.deduplicator = deduplicator;
        this.storyIds = storyIds;
        this.tagger = tagger;
        this.store = store;
        this.tagAuthority = tagAuthority;
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
        List<Prepared> entries = prepare(source, feed);
        FetchState state = store.fetchState(source.name());
        Instant now = clock.instant();
        try (PollTransaction tx = store.begin(source)) {
            write(tx, source, entries, now);
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

    /** As a poll does it (SourcePoller#prepare): cleaning, skip rules, fingerprints and topics. */
    private List<Prepared> prepare(SourceConfig source, ParsedFeed feed) {
        SkipFilter skip = new SkipFilter(source.skip());
        List<Prepared> entries = new ArrayList<>(feed.entries().size());
        for (RawEntry raw : feed.entries()) {
            CleanEntry entry = cleaner.clean(raw, source.boilerplate());
            if (!skip.skips(entry)) {
                entries.add(new Prepared(entry, EntryIdentity.of(entry), fingerprinter.fingerprint(entry),
                        tagger.tag(entry, source)));
            }
        }
        return entries;
    }

    private void write(PollTransaction tx, SourceConfig source, List<Prepared> entries, Instant now)
            throws StoreException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (Prepared prepared : entries) {
            Decision decision = deduplicator.decide(source.name(), prepared.identity(), prepared.fingerprint(), now, tx);
            String newStoryId = decision instanceof Decision.New
                    ? storyIds.mint(tagAuthority, today, source.name(), prepared.identity().key())
                    : "";
            tx.write(new EntryWrite(prepared.entry(), prepared.identity(), decision, prepared.topics(), newStoryId,
                    now), prepared.fingerprint());
        }
    }

    private record Prepared(CleanEntry entry, EntryIdentity identity, Optional<Fingerprint> fingerprint,
                            Set<String> topics) {
    }
}

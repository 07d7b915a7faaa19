package io.tributary.pipeline;

import io.tributary.clean.ArticleExtractor;
import io.tributary.clean.CleanEntry;
import io.tributary.clean.EntryCleaner;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.FetchResult;
import io.tributary.fetch.FetchState;
import io.tributary.fetch.Fetcher;
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
import io.tributary.topic.Tagger;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spine: one source's journey through every stage, in order. Fetch, parse, then for each
 * entry clean, identify, decide, tag and write; all writes of one poll commit together.
 *
 * <p>A poll never throws for anything a source can send: every failure becomes a status on the
 * source (DESIGN.md, "Bad input"), and what was stored before stays.
 */
public final class SourcePoller {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final EntryCleaner cleaner;
    private final Deduplicator deduplicator;
    private final StoryIds storyIds;
    private final Tagger tagger;
    private final Store store;
    private final String tagAuthority;
    private final Clock clock;
    private final FullContent fullContent;

    public SourcePoller(Fetcher fetcher, FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator,
                        StoryIds storyIds, Tagger tagger, Store store, String tagAuthority, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.cleaner = cleaner;
        this.deduplicator = deduplicator;
        this.storyIds = storyIds;
        this.tagger = tagger;
        this.store = store;
        this.tagAuthority = tagAuthority;
        this.clock = clock;
        this.fullContent = new FullContent(fetcher, new ArticleExtractor());
    }

    /** Polls one source once and stores what it brought. */
    public PollReport poll(SourceConfig source) throws StoreException {
        long started = System.nanoTime();
        FetchState state = store.fetchState(source.name());
        FetchResult fetched = fetcher.fetch(source.url(), state);
        Outcome outcome = switch (fetched.outcome()) {
            case OK -> parse(source, fetched, "ok");
            case TOO_LARGE -> parse(source, fetched, "too-large");
            case NOT_MODIFIED -> Outcome.unchanged("not-modified");
            case GONE -> Outcome.failure("gone", fetched.message());
            case RATE_LIMITED -> Outcome.failure("rate-limited", fetched.message());
            case TIMEOUT -> Outcome.failure("timeout", fetched.message());
            case ERROR -> Outcome.failure("error", fetched.message());
        };
        Instant now = clock.instant();
        try (PollTransaction tx = store.begin(source)) {
            Optional<ParsedFeed> feed = outcome.feed();
            if (feed.isPresent()) {
                writeEntries(tx, source, feed.get(), now);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            SourceUpdate update = new SourceUpdate(source.url(), nextState(state, fetched, outcome), outcome.status(),
                    outcome.error(), feed.flatMap(ParsedFeed::title), feed.flatMap(ParsedFeed::link), now, millis,
                    !outcome.failed());
            PollCounts counts = tx.finish(update);
            PollReport report = new PollReport(source.name(), update.statusLine(), counts.added(), counts.updated(),
                    counts.duplicates(), millis, outcome.failed());
            LOG.info("poll {}: {} (new {}, updated {}, duplicate {}) in {} ms", source.name(), report.status(),
                    report.fresh(), report.updated(), report.duplicates(), millis);
            return report;
        }
    }

    private Outcome parse(SourceConfig source, FetchResult fetched, String status) {
        try {
            ParsedFeed feed = parser.parse(fetched.body(), fetched.finalUrl());
            if (source.fullContent()) {
                feed = fullContent.fill(feed); // before the poll transaction: fetching holds no lock
            }
            return Outcome.entries(feed.recovered() && status.equals("ok") ? "ok (recovered)" : status, feed);
        } catch (ParseException e) {
            LOG.debug("parse of {} failed", source.name(), e);
            if (status.equals("too-large")) {
                // A body cut at the size limit that cannot be read says more as "too-large".
                return Outcome.failure(status, fetched.message());
            }
            return switch (e.kind()) {
                case NOT_A_FEED -> Outcome.failure("not-a-feed", e.reason());
                case INVALID -> Outcome.failure("invalid", e.reason());
            };
        }
    }

    private void writeEntries(PollTransaction tx, SourceConfig source, ParsedFeed feed, Instant now)
            throws StoreException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (RawEntry raw : feed.entries()) {
            CleanEntry entry = cleaner.clean(raw, source.boilerplate());
            EntryIdentity identity = EntryIdentity.of(entry);
            Decision decision = deduplicator.decide(source.name(), identity, tx);
            Set<String> topics = tagger.tag(entry, source);
            String newStoryId = decision instanceof Decision.New
                    ? storyIds.mint(tagAuthority, today, source.name(), identity.key())
                    : "";
            tx.write(new EntryWrite(entry, identity, decision, topics, newStoryId, now));
        }
    }

    /**
     * The validators and URL to remember. They are kept from a body read whole; after a 304, a
     * failure or a body cut at the size limit the previous ones stay, since a cut-off body must be
     * fetched again rather than answered with 304.
     */
    private static FetchState nextState(FetchState previous, FetchResult fetched, Outcome outcome) {
        if (outcome.failed() || outcome.feed().isEmpty() || !outcome.status().startsWith("ok")) {
            return previous;
        }
        return new FetchState(fetched.etag(), fetched.lastModified(), previous.effectiveUrl(),
                previous.lastStatus(), previous.failures(), previous.lastSuccess());
    }

    private record Outcome(String status, Optional<String> error, Optional<ParsedFeed> feed, boolean failed) {
        static Outcome entries(String status, ParsedFeed feed) {
            return new Outcome(status, Optional.empty(), Optional.of(feed), false);
        }

        static Outcome unchanged(String status) {
            return new Outcome(status, Optional.empty(), Optional.empty(), false);
        }

        static Outcome failure(String status, String error) {
            return new Outcome(status, Optional.of(error), Optional.empty(), true);
        }
    }
}

package io.tributary.pipeline;

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
    }

    /** Polls one source once and stores what it brought. */
    public PollReport poll(SourceConfig source) throws StoreException {
        long started = System.nanoTime();
        FetchState state = store.fetchState(source.name());
        FetchResult fetched = fetcher.fetch(source.url(), state);
        Instant now = clock.instant();
        Outcome outcome = switch (fetched.outcome()) {
            case OK -> parse(source, fetched, "ok");
            case TOO_LARGE -> parse(source, fetched, "too-large");
            case NOT_MODIFIED -> Outcome.unchanged("not-modified");
            case GONE -> Outcome.failure("gone", "HTTP 410 Gone");
            case RATE_LIMITED -> Outcome.failure("rate-limited", fetched.message());
            case TIMEOUT -> Outcome.failure("timeout", fetched.message());
            case ERROR -> Outcome.failure("error: " + fetched.message(), fetched.message());
        };
        long millis = (System.nanoTime() - started) / 1_000_000;
        FetchState next = nextState(state, fetched, outcome, now);
        try (PollTransaction tx = store.begin(source)) {
            Counts counts = outcome.entriesFeed().isPresent()
                    ? writeEntries(tx, source, outcome.entriesFeed().get(), now)
                    : Counts.NONE;
            tx.finish(new SourceUpdate(source.url(), next, outcome.status(), outcome.error(),
                    outcome.entriesFeed().flatMap(ParsedFeed::title),
                    outcome.entriesFeed().flatMap(ParsedFeed::link), now, millis, !outcome.failed()));
            PollReport report = new PollReport(source.name(), outcome.status(), counts.fresh(), counts.updated(),
                    counts.duplicates(), millis, outcome.failed());
            LOG.info("poll {}: {} (new {}, updated {}, duplicate {}) in {} ms", source.name(), report.status(),
                    report.fresh(), report.updated(), report.duplicates(), millis);
            return report;
        }
    }

    private Outcome parse(SourceConfig source, FetchResult fetched, String status) {
        try {
            ParsedFeed feed = parser.parse(fetched.body(), fetched.finalUrl());
            return Outcome.entries(status, feed);
        } catch (ParseException e) {
            LOG.debug("parse of {} failed", source.name(), e);
            String parseStatus = switch (e.kind()) {
                case NOT_A_FEED -> "not-a-feed";
                case INVALID -> "invalid: " + e.reason();
            };
            // A body cut at the size limit that cannot be read says more as "too-large".
            return Outcome.failure(status.equals("too-large") ? status : parseStatus, e.reason());
        }
    }

    private Counts writeEntries(PollTransaction tx, SourceConfig source, ParsedFeed feed, Instant now)
            throws StoreException {
        Counts counts = Counts.NONE;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (RawEntry raw : feed.entries()) {
            CleanEntry entry = cleaner.clean(raw);
            EntryIdentity identity = EntryIdentity.of(entry);
            Decision decision = deduplicator.decide(source.name(), identity, tx);
            Set<String> topics = tagger.tag(entry, source);
            String newStoryId = storyIds.mint(tagAuthority, today, source.name(), identity.key());
            tx.write(new EntryWrite(entry, identity, decision, topics, newStoryId, now));
            counts = counts.plus(decision);
        }
        return counts;
    }

    private static FetchState nextState(FetchState previous, FetchResult fetched, Outcome outcome, Instant now) {
        if (outcome.failed()) {
            return new FetchState(previous.etag(), previous.lastModified(), previous.effectiveUrl(),
                    Optional.of(outcome.status()), previous.failures() + 1, previous.lastSuccess());
        }
        boolean fresh = outcome.entriesFeed().isPresent();
        // Validators are only worth keeping from a body we read whole: a cut-off body must be
        // fetched again, not answered with 304.
        boolean keepValidators = fresh && !outcome.status().equals("too-large");
        return new FetchState(
                keepValidators ? fetched.etag() : previous.etag(),
                keepValidators ? fetched.lastModified() : previous.lastModified(),
                previous.effectiveUrl(),
                Optional.of(outcome.status()), 0, Optional.of(now));
    }

    private record Outcome(String status, Optional<String> error, Optional<ParsedFeed> entriesFeed, boolean failed) {
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

    private record Counts(int fresh, int updated, int duplicates) {
        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Decision decision) {
            if (decision instanceof Decision.New) {
                return new Counts(fresh + 1, updated, duplicates);
            }
            if (decision instanceof Decision.Updated) {
                return new Counts(fresh, updated + 1, duplicates);
            }
            if (decision instanceof Decision.DuplicateOf) {
                return new Counts(fresh, updated, duplicates + 1);
            }
            return this;
        }
    }
}

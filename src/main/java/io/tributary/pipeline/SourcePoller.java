package io.tributary.pipeline;

import io.tributary.clean.ArticleExtractor;
import io.tributary.clean.EntryCleaner;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.Backoff;
import io.tributary.fetch.FetchOptions;
import io.tributary.fetch.FetchOutcome;
import io.tributary.fetch.FetchResult;
import io.tributary.fetch.FetchState;
import io.tributary.fetch.Fetcher;
import io.tributary.fetch.HostPenalties;
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
import java.util.concurrent.ThreadLocalRandom;
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
    private final Store store;
    private final Clock clock;
    private final PollGate gate;
    private final StateAfterPoll states;
    private final SourceFingerprint fingerprints = new SourceFingerprint();
    private final FeedDiscovery discovery = new FeedDiscovery();
    private final FullContent fullContent;
    private final FeedEntries entries;
    private final FeedObserver observer;
    private final EntryCap cap = new EntryCap();
    private final CpuSlots cpu = CpuSlots.ofThisMachine();

    public SourcePoller(Fetcher fetcher, FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator,
                        StoryIds storyIds, Tagger tagger, Store store, String tagAuthority, Clock clock) {
        this(fetcher, parser, cleaner, deduplicator, storyIds, tagger, store, tagAuthority, clock,
                new Backoff(() -> ThreadLocalRandom.current().nextDouble()), new HostPenalties());
    }

    /** With the backoff (its jitter) and the record of hosts that asked to slow down made outside. */
    public SourcePoller(Fetcher fetcher, FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator,
                        StoryIds storyIds, Tagger tagger, Store store, String tagAuthority, Clock clock,
                        Backoff backoff, HostPenalties hosts) {
        this(fetcher, parser, cleaner, deduplicator, storyIds, tagger, store, tagAuthority, clock, backoff, hosts,
                FeedObserver.NONE);
    }

    /** As above; {@code observer} sees every feed a poll read and stored (the WebSub subscriber). */
    public SourcePoller(Fetcher fetcher, FeedParser parser, EntryCleaner cleaner, Deduplicator deduplicator,
                        StoryIds storyIds, Tagger tagger, Store store, String tagAuthority, Clock clock,
                        Backoff backoff, HostPenalties hosts, FeedObserver observer) {
        this.observer = observer;
        this.gate = new PollGate(hosts);
        this.states = new StateAfterPoll(backoff, hosts);
        this.fetcher = fetcher;
        this.parser = parser;
        this.store = store;
        this.clock = clock;
        this.fullContent = new FullContent(fetcher, new ArticleExtractor());
        this.entries = new FeedEntries(cleaner, deduplicator, storyIds, tagger, tagAuthority);
    }

    /** Polls one source once and stores what it brought. */
    public PollReport poll(SourceConfig source) throws StoreException {
        long started = System.nanoTime();
        String fingerprint = fingerprints.of(source);
        FetchState state = store.fetchState(source.name()).forConfig(fingerprint);
        URI url = state.effectiveUrl().orElse(source.url());
        Optional<PollReport> held = gate.holdBack(source, state, url, clock.instant());
        if (held.isPresent()) {
            LOG.debug("poll {}: {}", source.name(), held.get().status());
            return held.get();
        }
        FetchOptions options = SourceFetchOptions.of(source);
        FetchResult fetched = fetcher.fetch(url, state, source.url(), options);
        Optional<URI> discovered = Optional.empty();
        Outcome outcome = outcomeOf(source, fetched);
        if (outcome.status().equals("not-a-feed") && fetched.outcome() == FetchOutcome.OK) {
            // An HTML page may point to its feed (item 8); one step only, never a chain of pages.
            discovered = discovery.feedLink(fetched.body(), fetched.finalUrl()).filter(link -> !link.equals(url));
            if (discovered.isPresent()) {
                LOG.info("poll {}: {} is an HTML page; trying its feed link {}", source.name(), url,
                        discovered.get());
                fetched = fetcher.fetch(discovered.get(), FetchState.initial(), source.url(), options);
                outcome = outcomeOf(source, fetched);
            }
        }
        Instant now = clock.instant();
        Optional<ParsedFeed> feed = outcome.feed();
        // Cleaning, fingerprinting and tagging need no store: done before the transaction, so
        // polls of other sources run them in parallel instead of waiting for the write lock.
        FeedEntries.Prepared prepared = feed.map(parsed -> cpu.run(() -> entries.prepare(source, parsed)))
                .orElse(FeedEntries.Prepared.NONE);
        FetchResult read = fetched;
        PollReport done;
        // a poll that brought nothing to write (a 304, a failure) records its state without
        // waiting for the polls that are writing entries
        try (PollTransaction tx = prepared.entries().isEmpty() ? store.beginWithoutEntries(source)
                : store.begin(source)) {
            // "ok" alone: not recovered from a cut-off body, not capped, not failed; and with
            // entries to write, so under the poll lock (an empty feed changes nothing)
            boolean wholeFeed = feed.isPresent() && outcome.status().equals("ok") && !prepared.entries().isEmpty();
            int skipped = prepared.skipped() + entries.write(tx, source, prepared, now, wholeFeed);
            long millis = (System.nanoTime() - started) / 1_000_000;
            FetchState next = states.next(source, state, fetched, discovered,
                    new StateAfterPoll.PollEnd(outcome.status(), outcome.error(), outcome.failed()), now, fingerprint);
            SourceUpdate update = new SourceUpdate(source.url(), next, outcome.status(),
                    outcome.error(), feed.flatMap(ParsedFeed::title), feed.flatMap(ParsedFeed::link), now, millis,
                    !outcome.failed(), feed.flatMap(ParsedFeed::rights));
            PollCounts counts = tx.finish(update);
            PollReport report = new PollReport(source.name(), update.statusLine(), counts.added(), counts.updated(),
                    counts.duplicates(), millis, outcome.failed());
            LOG.info("poll {}: {} (new {}, updated {}, duplicate {}, skipped {}) in {} ms", source.name(),
                    report.status(), report.fresh(), report.updated(), report.duplicates(), skipped, millis);
            done = report;
        }
        if (!done.failed()) {
            try {
                feed.ifPresent(parsed -> observer.stored(source, read, parsed));
            } catch (RuntimeException e) {
                LOG.warn("poll {}: the feed observer failed: {}", source.name(), e.toString());
            }
        }
        return done;
    }

    private Outcome outcomeOf(SourceConfig source, FetchResult fetched) {
        return switch (fetched.outcome()) {
            case OK -> parse(source, fetched, "ok");
            case TOO_LARGE -> parse(source, fetched, "too-large");
            case NOT_MODIFIED -> Outcome.unchanged("not-modified");
            case GONE -> Outcome.failure("gone", fetched.message());
            case RATE_LIMITED -> Outcome.failure("rate-limited", fetched.message());
            case TIMEOUT -> Outcome.failure("timeout", fetched.message());
            case ERROR -> Outcome.failure("error", fetched.message());
        };
    }

    private Outcome parse(SourceConfig source, FetchResult fetched, String status) {
        try {
            ParsedFeed whole = cpu.run(() -> parser.parse(fetched.body(), fetched.finalUrl(), fetched.contentType()));
            ParsedFeed feed = cap.apply(whole); // a bounded poll, however many entries the feed holds
            if (source.fullContent()) {
                feed = fullContent.fill(feed); // before the poll transaction: fetching holds no lock
            }
            return Outcome.entries(cap.status(feed.recovered() && status.equals("ok") ? "ok (recovered)" : status,
                    whole.entries().size()), feed);
        } catch (ParseException e) {
            LOG.debug("parse of {} failed", source.name(), e);
            if (status.equals("too-large")) {
                // A body cut at the size limit that cannot be read says more as "too-large".
                return Outcome.failure(status, fetched.message());
            }
            return switch (e.kind()) {
                case NOT_A_FEED -> Outcome.failure("not-a-feed", e.reason().replaceFirst("^not a feed: ", ""));
                case INVALID -> Outcome.failure("invalid", e.reason());
            };
        }
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

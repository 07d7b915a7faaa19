package io.tributary.bench;

import io.tributary.clean.CleanEntry;
import io.tributary.clean.EntryCleaner;
import io.tributary.clean.HtmlCleaner;
import io.tributary.config.CleanSettings;
import io.tributary.parse.FeedParser;
import io.tributary.parse.ParseException;
import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;
import io.tributary.config.BoilerplateRules;
import io.tributary.config.FetchOverrides;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.Fingerprinter;
import io.tributary.topic.SkipFilter;
import io.tributary.topic.Tagger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + clean, single-threaded, over a feed of {@value #ENTRIES} entries of about 3 KB of HTML.
 * The score is entries per second (one operation = one entry); MB/s is the score times the
 * bytes per entry printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class ParseCleanBenchmark {
    static final int ENTRIES = 200;
    private static final URI URL = URI.create("https://bench.example.org/feed.xml");

    /** A source as a config gives it: a skip list, its own boilerplate rules, category mappings. */
    private static final SourceConfig SOURCE = new SourceConfig("bench", URL, List.of("local"), Duration.ofMinutes(15),
            0, FetchOverrides.NONE, Map.of("Harbour", "harbour"), List.of("sponsored", "paid post"), false,
            new BoilerplateRules(List.of("div.advert"), List.of("More from the Gazette"), List.of("Thanks for reading.*")),
            false);

    private final FeedParser parser = new FeedParser();
    private final Fingerprinter fingerprinter = new Fingerprinter();
    /** The three topics poll-bench configures, and one with a pattern. */
    private final Tagger tagger = new Tagger(List.of(
            new TopicRule("climate", "Climate", List.of("flood", "tide", "river", "climate")),
            new TopicRule("transport", "Transport", List.of("ferry", "bridge", "timetable", "crossing")),
            new TopicRule("health", "Health", List.of("hospital", "clinic", "health")),
            new TopicRule("food", "Food", List.of(), List.of(), List.of("war"), List.of("bak(?:ery|ers?)\\b"),
                    List.of())));
    private final EntryCleaner cleaner = new EntryCleaner(new HtmlCleaner(CleanSettings.DEFAULT));
    private byte[] feed;

    @Setup(Level.Trial)
    public void corpus() throws ParseException {
        feed = ParseCleanCorpus.feed(ENTRIES, 42);
        ParsedFeed parsed = parser.parse(feed, URL);
        if (parsed.entries().size() != ENTRIES) {
            throw new IllegalStateException("corpus holds " + parsed.entries().size() + " entries");
        }
        long html = parsed.entries().stream().mapToLong(e -> e.contentHtml().length()).sum();
        System.out.printf("%ncorpus: %d entries, %d bytes of feed (%.0f bytes per entry, %.0f of HTML)%n",
                ENTRIES, feed.length, (double) feed.length / ENTRIES, (double) html / ENTRIES);
    }

    /** The whole stage pair, as the poller runs it: parse the feed, clean every entry. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void parseAndClean(Blackhole hole) throws ParseException {
        parseAndCleanInto(hole::consume);
    }

    /** Parsing alone, to see which half costs what. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void parseOnly(Blackhole hole) throws ParseException {
        parseOnlyInto(hole::consume);
    }

    /**
     * Parse, then every entry the way {@code SourcePoller.prepare} readies it before the store
     * transaction: clean (with the source's rules), skip filter, identity, fingerprint, topics.
     */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public void prepare(Blackhole hole) throws ParseException {
        prepareInto(hole::consume);
    }

    void parseAndCleanInto(Consumer<Object> hole) throws ParseException {
        for (RawEntry raw : parser.parse(feed, URL).entries()) {
            CleanEntry clean = cleaner.clean(raw);
            hole.accept(clean);
        }
    }

    void parseOnlyInto(Consumer<Object> hole) throws ParseException {
        hole.accept(parser.parse(feed, URL));
    }

    void prepareInto(Consumer<Object> hole) throws ParseException {
        SkipFilter skip = new SkipFilter(SOURCE.skip());
        for (RawEntry raw : parser.parse(feed, URL).entries()) {
            CleanEntry entry = cleaner.clean(raw, SOURCE.boilerplate());
            if (skip.skips(entry)) {
                continue;
            }
            hole.accept(EntryIdentity.of(entry));
            hole.accept(fingerprinter.fingerprint(entry));
            hole.accept(tagger.tag(entry, SOURCE));
        }
    }
}

package io.tributary.bench;

import io.tributary.clean.CleanEntry;
import io.tributary.clean.EntryCleaner;
import io.tributary.clean.HtmlCleaner;
import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.Fingerprinter;
import io.tributary.parse.FeedParser;
import io.tributary.parse.ParseException;
import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes everything parse + clean + the poller's per-entry preparation produce for a set of inputs,
 * one line per result, so the output of two builds can be compared with {@code diff}: a speed-up
 * must not change a byte of it.
 *
 * <p>Run: {@code java -cp bench/jmh/target/tributary-jmh.jar:target/tributary.jar
 * io.tributary.bench.CleanSnapshot DIR... > snapshot.txt}. Each file under the directories is
 * parsed as a feed (its entries cleaned, identified, fingerprinted, tagged) and, when it ends in
 * .html or .txt, also cleaned as HTML; then the benchmark corpus, and seeded random damage done
 * to every HTML input, cleaned with and without per-source rules.
 */
public final class CleanSnapshot {
    private static final URI BASE = URI.create("https://snapshot.example.org/news/a/story.html");
    private static final String[] TOKENS = {"<", ">", "</", "=", "\"", "'", "`", "&", "&#", "&#x6A;", "javascript:",
        "data:text/html,", " onerror=alert(1) ", " style=x:expression(1) ", "<script>", "</script>", "<svg>", "<math>",
        "<iframe src=//player.vimeo.com/video/1 onload=x>", "<iframe src=//evil.example/>", "<img src=x srcset=\"",
        "<picture>", "<noscript>", "</noscript>", "<!--", "-->", "<![CDATA[", "<base href=//evil.example/>",
        "<form>", "<a href=", "\u0000", "\t", "\n", "<table>", "<td>", "<template>", "<object>", "<style>",
        "&nbsp;", "\u00a0", "Tehrān ", "ایران ", "Straße ", " Related posts", "<h3>Share this:</h3>", "?utm_source=x&",
        "<img width=1 height=1 src=/p.gif>", "<p>The post <a href=/x>x</a> appeared first on Y.</p>", "\u200d"};

    private final PrintStream out;
    private final FeedParser parser = new FeedParser();
    private final HtmlCleaner plain = new HtmlCleaner(CleanSettings.DEFAULT);
    private final HtmlCleaner withEmbeds = new HtmlCleaner(new CleanSettings(List.of("player.vimeo.com",
            "www.youtube-nocookie.com"), new BoilerplateRules(List.of(".promo"), List.of("Support us"),
            List.of("Copyright .+"))));
    private final EntryCleaner cleaner = new EntryCleaner(plain);
    private final BoilerplateRules sourceRules = new BoilerplateRules(List.of("div.ad", "#footer"),
            List.of("More from us", "Ähnliche Artikel"), List.of("Thanks for reading.*", "(bad"));
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final io.tributary.topic.Tagger tagger = new io.tributary.topic.Tagger(List.of(
            new TopicRule("water", "Water", List.of("river", "tide", "weir", "water tap", "Tehran", "ایران")),
            new TopicRule("town", "Town", List.of("council", "library"), List.of("hours"), List.of("frost"),
                    List.of("bri?dge", "(?i)FERRY\\s+\\w+"), List.of()),
            new TopicRule("none", "None", List.of(), List.of("apples"), List.of(), List.of(), List.of())));
    private final SourceConfig source = new SourceConfig("snap", BASE, List.of("all"), Duration.ofMinutes(15),
            0, io.tributary.config.FetchOverrides.NONE, Map.of("News", "news", "Müll", "waste"),
            List.of("sponsored", "paid post", "straße"), false, sourceRules, false);
    private final io.tributary.topic.SkipFilter skip = new io.tributary.topic.SkipFilter(source.skip());

    private CleanSnapshot(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        CleanSnapshot snapshot = new CleanSnapshot(out);
        List<String> htmlInputs = new ArrayList<>();
        List<String> feedInputs = new ArrayList<>();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                snapshot.feed(file.toString(), bytes);
                String name = file.getFileName().toString();
                if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
                    feedInputs.add(new String(bytes, StandardCharsets.UTF_8));
                }
                if (name.endsWith(".html") || name.endsWith(".txt")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    htmlInputs.add(text);
                    if (name.equals("xss-vectors.txt")) {
                        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(htmlInputs::add);
                    }
                }
            }
        }
        snapshot.feed("bench corpus", ParseCleanCorpus.feed(ParseCleanBenchmark.ENTRIES, 42));
        for (int i = 0; i < htmlInputs.size(); i++) {
            snapshot.html("input " + i, htmlInputs.get(i));
        }
        Random random = new Random(0x5eed);
        for (int i = 0; i < 6000 && !htmlInputs.isEmpty(); i++) {
            snapshot.html("mutant " + i, mutate(htmlInputs.get(random.nextInt(htmlInputs.size())), random));
        }
        for (int i = 0; i < 1500 && !feedInputs.isEmpty(); i++) {
            String mutant = mutate(feedInputs.get(random.nextInt(feedInputs.size())), random);
            snapshot.feed("mutant feed " + i, mutant.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private void feed(String name, byte[] bytes) {
        out.println("== feed " + name);
        ParsedFeed feed;
        try {
            feed = parser.parse(bytes, BASE);
        } catch (ParseException e) {
            out.println("refused " + e.kind() + " " + e.reason());
            return;
        } catch (RuntimeException e) {
            out.println("threw " + e);
            return;
        }
        out.println("feed " + feed.title() + " " + feed.link() + " " + feed.rights() + " " + feed.hub() + " "
                + feed.recovered() + " " + feed.entries().size());
        for (RawEntry raw : feed.entries()) {
            out.println("raw " + raw);
            entry(cleaner.clean(raw));
            entry(cleaner.clean(raw, sourceRules));
        }
    }

    private void entry(CleanEntry entry) {
        out.println("clean " + entry);
        out.println("skip " + skip.skips(entry));
        out.println("identity " + EntryIdentity.of(entry));
        out.println("fingerprint " + fingerprinter.fingerprint(entry).map(f -> f.encode()).orElse("-"));
        out.println("topics " + tagger.tag(entry, source));
    }

    private void html(String name, String html) {
        out.println("== html " + name);
        try {
            out.println(plain.clean(html, BASE));
            out.println(plain.clean(html, BASE, sourceRules));
            out.println(withEmbeds.clean(html, BASE));
            out.println(withEmbeds.clean(html, null));
            out.println("fingerprint " + fingerprinter.fingerprint(html).map(f -> f.encode()).orElse("-"));
        } catch (RuntimeException e) {
            out.println("threw " + e);
        }
    }

    private static String mutate(String original, Random random) {
        StringBuilder html = new StringBuilder(original);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && html.length() > 0; m++) {
            int at = random.nextInt(html.length());
            int end = Math.min(html.length(), at + 1 + random.nextInt(32));
            switch (random.nextInt(4)) {
                case 0 -> html.delete(at, end);
                case 1 -> html.insert(at, html.substring(at, end));
                case 2 -> html.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> html.setLength(at);
            }
        }
        return html.toString();
    }
}

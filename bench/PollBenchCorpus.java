import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes the poll benchmark's corpus (issue 3): N feeds of M entries each, mixed RSS 2.0, Atom 1.0
 * and RSS 1.0, every entry 1-6 KB of news-like HTML dressed the way real feeds dress it (a script,
 * utm_ links, now and then a tracking pixel, a "You May Also Like" block, a WordPress footer), and
 * about 15 % of the entries repeating a story another feed also carries: same article link with
 * different tracking parameters, different guid.
 *
 * <p>Run with the JDK's source launcher, nothing else needed:
 * {@code java bench/PollBenchCorpus.java --out DIR [--feeds 500] [--entries 50] [--seed 42] [--repeat 0.15]}.
 * It writes {@code DIR/feeds/<n>.<rss|atom|rdf>}, {@code DIR/corpus.tsv} (id, file, source name)
 * and {@code DIR/corpus.properties} (the counts a correct poll must report). The same seed always
 * gives the same bytes, so two runs of the benchmark poll the same corpus.
 *
 * <p>One file, longer than the house limit, because JDK 17's source launcher runs a single file:
 * the classes below are kept small and in data-flow order (plan, story, dress, XML, words).
 */
public final class PollBenchCorpus {
    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args);
        Plan plan = Plan.make(a.seed, a.feeds, a.entries, a.repeat);
        Path feedsDir = a.out.resolve("feeds");
        Files.createDirectories(feedsDir);
        long[] bytes = new long[a.feeds];
        // Each feed depends only on (seed, plan), so writing them in parallel keeps the output stable.
        IntStream.range(0, a.feeds).parallel().forEach(f -> bytes[f] = writeFeed(a.seed, plan, f, feedsDir));
        StringBuilder tsv = new StringBuilder();
        int[] perFormat = new int[3];
        for (int f = 0; f < a.feeds; f++) {
            Outlet o = plan.outlets.get(f);
            perFormat[o.format.ordinal()]++;
            tsv.append(f).append('\t').append(o.fileName(f)).append('\t').append(o.name).append('\n');
        }
        Files.writeString(a.out.resolve("corpus.tsv"), tsv);
        long total = (long) a.feeds * a.entries;
        String props = "feeds=" + a.feeds + "\nentries=" + total + "\nstories=" + (total - plan.repeats)
                + "\nrepeats=" + plan.repeats + "\nseed=" + a.seed + "\nbytes=" + IntStream.range(0, a.feeds)
                .mapToLong(f -> bytes[f]).sum() + "\n";
        Files.writeString(a.out.resolve("corpus.properties"), props);
        System.out.printf(Locale.ROOT, "corpus: %d feeds (%d RSS 2.0, %d Atom, %d RSS 1.0), %d entries, "
                        + "%d repeats of a story another feed carries (%.1f %%), %.1f MB in %s%n",
                a.feeds, perFormat[0], perFormat[1], perFormat[2], total, plan.repeats,
                100.0 * plan.repeats / total, IntStream.range(0, a.feeds).mapToLong(f -> bytes[f]).sum() / 1e6,
                a.out);
    }

    private static long writeFeed(long seed, Plan plan, int f, Path dir) {
        Outlet outlet = plan.outlets.get(f);
        List<int[]> slots = new ArrayList<>(plan.slots.get(f));
        List<Item> items = new ArrayList<>();
        for (int[] slot : slots) {
            Story story = Story.make(seed, slot[0]);
            Random r = new Random(Words.mix(seed, 1, f * 100_000L + slot[1]));
            Instant when = story.date.plusSeconds(60L * (f % 97));
            String guid = outlet.host + "-" + (f * 100_000 + slot[1]);
            String html = new EntryHtml(r, outlet, story).render();
            items.add(new Item(story, guid, outlet.articleLink(story, r), when, html));
        }
        items.sort(Comparator.comparing((Item i) -> i.when).reversed());
        String xml = new FeedXml(outlet, items).render();
        byte[] out = xml.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(dir.resolve(outlet.fileName(f)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.length;
    }

    /** One entry as its feed carries it. */
    record Item(Story story, String guid, String link, Instant when, String html) {
    }

    record Args(Path out, int feeds, int entries, long seed, double repeat) {
        static Args parse(String[] args) {
            Path out = null;
            int feeds = 500;
            int entries = 50;
            long seed = 42;
            double repeat = 0.15;
            for (int i = 0; i < args.length; i += 2) {
                String v = i + 1 < args.length ? args[i + 1] : usage("missing value for " + args[i]);
                switch (args[i]) {
                    case "--out": out = Path.of(v); break;
                    case "--feeds": feeds = Integer.parseInt(v); break;
                    case "--entries": entries = Integer.parseInt(v); break;
                    case "--seed": seed = Long.parseLong(v); break;
                    case "--repeat": repeat = Double.parseDouble(v); break;
                    default: usage("unknown option " + args[i]);
                }
            }
            if (out == null) {
                usage("--out is required");
            }
            return new Args(out, feeds, entries, seed, repeat);
        }

        private static String usage(String why) {
            System.err.println("PollBenchCorpus: " + why);
            System.err.println("usage: java bench/PollBenchCorpus.java --out DIR [--feeds 500] [--entries 50]"
                    + " [--seed 42] [--repeat 0.15]");
            System.exit(2);
            return null;
        }
    }
}

enum Format { RSS2, ATOM, RSS1 }

/** A publication behind one feed: its name, its site and the dress its feed puts on entries. */
final class Outlet {
    final String name;
    final String host;
    final Format format;
    final String campaign;

    Outlet(int f, Random r) {
        String paper = Words.pick(r, Words.PAPERS);
        String town = Words.pick(r, Words.TOWNS);
        this.name = String.format(Locale.ROOT, "%s %s %03d", town, paper, f);
        this.host = Words.hostLabel(town + " " + paper) + "-" + f + ".example";
        double kind = r.nextDouble();
        this.format = kind < 0.5 ? Format.RSS2 : kind < 0.8 ? Format.ATOM : Format.RSS1;
        this.campaign = Words.pick(r, Words.CAMPAIGNS);
    }

    String fileName(int f) {
        return f + (format == Format.RSS2 ? ".rss" : format == Format.ATOM ? ".atom" : ".rdf");
    }

    String site() {
        return "https://" + host + "/";
    }

    /** The story's own article URL, tracked the way this outlet tracks it. */
    String articleLink(Story story, Random r) {
        return story.url() + "?utm_source=" + host.substring(0, host.indexOf('.')) + "&utm_medium="
                + Words.pick(r, "rss", "feed", "syndication") + "&utm_campaign=" + campaign;
    }

    String tracking(String content) {
        return "utm_source=rss&utm_medium=" + content + "&utm_campaign=" + campaign;
    }
}

/**
 * Which story fills which slot of which feed. Stories [0, shared) are carried by 2-4 feeds each;
 * the rest once. A repeat is a slot whose story another feed also carries, counted once per extra
 * carrier, so {@code repeats} is exactly the number of entries a correct deduplicator flags.
 */
final class Plan {
    final List<Outlet> outlets = new ArrayList<>();
    final List<List<int[]>> slots = new ArrayList<>();   // per feed: {story, slot}
    int repeats;

    static Plan make(long seed, int feeds, int entries, double repeatShare) {
        Plan p = new Plan();
        Random r = new Random(Words.mix(seed, 0, 0));
        List<List<Integer>> free = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            p.outlets.add(new Outlet(f, new Random(Words.mix(seed, 2, f))));
            p.slots.add(new ArrayList<>());
            List<Integer> s = new ArrayList<>();
            IntStream.range(0, entries).forEach(s::add);
            Collections.shuffle(s, r);
            free.add(s);
        }
        long target = Math.round(repeatShare * feeds * entries);
        int story = 0;
        while (p.repeats < target && feeds > 1) {
            int carriers = (int) Math.min(2 + r.nextInt(3), target - p.repeats + 1);
            List<Integer> candidates = new ArrayList<>();
            for (int f = 0; f < feeds; f++) {
                if (!free.get(f).isEmpty()) {
                    candidates.add(f);
                }
            }
            if (candidates.size() < 2) {
                break;
            }
            Collections.shuffle(candidates, r);
            carriers = Math.min(carriers, candidates.size());
            for (int c = 0; c < carriers; c++) {
                int f = candidates.get(c);
                p.slots.get(f).add(new int[] {story, free.get(f).remove(free.get(f).size() - 1)});
            }
            p.repeats += carriers - 1;
            story++;
        }
        for (int f = 0; f < feeds; f++) {
            for (int slot : free.get(f)) {
                p.slots.get(f).add(new int[] {story++, slot});
            }
        }
        return p;
    }
}

/** A story: the text every carrier shares. Made from (seed, id) alone, so repeats match exactly. */
final class Story {
    final int id;
    final String title;
    final Instant date;
    final String originHost;
    final List<List<String>> paragraphs;   // sentences; a sentence may hold one <a> to the origin site
    private final String slug;

    private Story(int id, String title, Instant date, String originHost, List<List<String>> paragraphs) {
        this.id = id;
        this.title = title;
        this.date = date;
        this.originHost = originHost;
        this.paragraphs = paragraphs;
        this.slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + "-" + id;
    }

    static Story make(long seed, int id) {
        Random r = new Random(Words.mix(seed, 3, id));
        String title = Words.headline(r);
        Instant date = Instant.parse("2024-05-01T06:00:00Z").minusSeconds(r.nextInt(30 * 24 * 3600));
        String origin = Words.hostLabel(Words.pick(r, Words.TOWNS) + " " + Words.pick(r, Words.PAPERS)) + ".example";
        // Body bytes as escaped HTML, never past the budget; the dress adds 0.2-1.2 KB and is
        // itself capped (EntryHtml.LIMIT), so every entry lands in issue 3's 1-6 KB.
        int budget = 1200 + r.nextInt(3300);
        List<List<String>> paragraphs = new ArrayList<>();
        int size = 0;
        while (true) {
            List<String> p = new ArrayList<>();
            for (int n = 2 + r.nextInt(4); n > 0; n--) {
                String sentence = Words.sentence(r);
                int cost = Words.esc(sentence).length() + 1 + (p.isEmpty() ? 8 : 0);
                if (size + cost > budget) {
                    break;
                }
                p.add(sentence);
                size += cost;
            }
            if (p.isEmpty()) {
                break;
            }
            paragraphs.add(p);
        }
        return new Story(id, title, date, origin, paragraphs);
    }

    String url() {
        return "https://" + originHost + DateTimeFormatter.ofPattern("/yyyy/MM/dd/").withZone(ZoneOffset.UTC)
                .format(date) + slug;
    }
}

/**
 * The dress one outlet puts on a story: per-outlet tracked links, an analytics script, sometimes a
 * tracking pixel, a photo, a share bar, a newsletter plug, "You May Also Like" and a WordPress
 * footer. Everything here is what Tributary's cleaner is meant to strip or rewrite.
 */
final class EntryHtml {
    /** Characters the dress may fill up to; a few accented names keep the UTF-8 bytes under 6 KB. */
    static final int LIMIT = 5900;

    private final Random r;
    private final Outlet outlet;
    private final Story story;

    EntryHtml(Random r, Outlet outlet, Story story) {
        this.r = r;
        this.outlet = outlet;
        this.story = story;
    }

    String render() {
        StringBuilder h = new StringBuilder(LIMIT + 200);
        if (r.nextInt(10) < 3) {
            String src = "https://" + outlet.host + "/wp-content/uploads/2024/04/" + story.id + ".jpg";
            h.append(r.nextBoolean()
                    ? "<figure><img src=\"" + src + "\" width=\"800\" height=\"450\" alt=\"\">"
                    : "<figure><img data-src=\"" + src + "\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\""
                    + " class=\"lazy\" alt=\"\">");
            h.append("<figcaption>").append(Words.esc(Words.sentence(r))).append("</figcaption></figure>\n");
        }
        int i = 0;
        for (List<String> p : story.paragraphs) {
            h.append(r.nextInt(12) == 0 ? "<p onclick=\"track(this)\" style=\"margin:0 0 1em\">" : "<p>");
            h.append(Words.esc(String.join(" ", p)));
            if (r.nextInt(10) < 3) {
                fit(h, " <a href=\"" + bodyLink() + "\">" + Words.pick(r, Words.ANCHORS) + "</a>.");
            }
            h.append("</p>\n");
            if (i++ == 0) {
                h.append(script());
            }
        }
        if (r.nextInt(10) < 3) {
            fit(h, "<img src=\"https://pixel." + Words.pick(r, Words.TRACKERS) + "/t.gif?e=" + story.id + "&amp;"
                    + outlet.tracking("pixel").replace("&", "&amp;")
                    + "\" width=\"1\" height=\"1\" alt=\"\" style=\"border:0\">\n");
        }
        if (r.nextInt(4) == 0) {
            fit(h, "<div class=\"share\">Share this: <a href=\"https://social.example/share?u=" + story.id
                    + "\">Post</a> <a href=\"mailto:?subject=" + story.id + "\">Email</a></div>\n");
        }
        if (r.nextInt(5) == 0) {
            fit(h, "<p class=\"newsletter\"><em>Get the morning briefing from " + Words.esc(outlet.name)
                    + " in your inbox.</em> <a href=\"" + outlet.site() + "newsletter?"
                    + outlet.tracking("newsletter").replace("&", "&amp;") + "\">Sign up</a></p>\n");
        }
        if (r.nextInt(20) < 7) {
            StringBuilder related = new StringBuilder("<div class=\"related-posts\"><h3>You May Also Like</h3><ul>");
            for (int k = 2 + r.nextInt(3); k > 0; k--) {
                related.append("<li><a href=\"").append(outlet.site()).append("related/").append(r.nextInt(99_999))
                        .append("?utm_source=related&amp;utm_medium=widget\">").append(Words.esc(Words.headline(r)))
                        .append("</a></li>");
            }
            fit(h, related.append("</ul></div>\n").toString());
        }
        if (r.nextInt(5) < 2) {
            fit(h, "<p>The post <a href=\"" + story.url() + "\">" + Words.esc(story.title)
                    + "</a> appeared first on <a href=\"" + outlet.site() + "\">" + Words.esc(outlet.name)
                    + "</a>.</p>\n");
        }
        return h.toString();
    }

    /** Adds an optional piece of dress only while the entry stays under issue 3's 6 KB. */
    private static void fit(StringBuilder h, String piece) {
        if (h.length() + piece.length() <= LIMIT) {
            h.append(piece);
        }
    }

    private String bodyLink() {
        String path = Words.pick(r, "/topics/", "/section/", "/reports/", "/live/") + r.nextInt(9_999);
        String query = "?" + outlet.tracking("inline").replace("&", "&amp;");
        // A third of the links are relative, as many CMSs write them, to exercise absolutizing.
        return (r.nextInt(3) == 0 ? "" : "https://" + story.originHost) + path + query;
    }

    private String script() {
        return r.nextBoolean()
                ? "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'event':'feed_view','story':'"
                + story.id + "','outlet':'" + outlet.host + "'});</script>\n"
                : "<script async src=\"https://ads." + Words.pick(r, Words.TRACKERS) + "/loader.js?site="
                + outlet.host + "\"></script>\n";
    }
}

/** Serializes a feed in its outlet's format. Atom gets escaped HTML, the RSS flavours CDATA. */
final class FeedXml {
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Outlet o;
    private final List<PollBenchCorpus.Item> items;

    FeedXml(Outlet o, List<PollBenchCorpus.Item> items) {
        this.o = o;
        this.items = items;
    }

    String render() {
        StringBuilder x = new StringBuilder(items.size() * 4500);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Instant newest = items.isEmpty() ? Instant.EPOCH : items.get(0).when();
        switch (o.format) {
            case RSS2: rss2(x, newest); break;
            case ATOM: atom(x, newest); break;
            default: rss1(x); break;
        }
        return x.toString();
    }

    private void rss2(StringBuilder x, Instant newest) {
        x.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>").append(Words.esc(o.name))
                .append("</title>\n<link>").append(o.site()).append("</link>\n<description>News from ")
                .append(Words.esc(o.name)).append("</description>\n<language>en</language>\n<lastBuildDate>")
                .append(RFC822.format(newest)).append("</lastBuildDate>\n<generator>poll-bench</generator>\n");
        boolean encoded = o.host.hashCode() % 2 == 0;   // half the RSS feeds put the HTML in description
        for (PollBenchCorpus.Item i : items) {
            x.append("<item>\n<title>").append(Words.esc(i.story().title)).append("</title>\n<link>")
                    .append(Words.esc(i.link())).append("</link>\n<guid isPermaLink=\"false\">").append(i.guid())
                    .append("</guid>\n<pubDate>").append(RFC822.format(i.when())).append("</pubDate>\n");
            if (encoded) {
                x.append("<description>").append(Words.esc(Words.firstSentence(i.story())))
                        .append("</description>\n<content:encoded><![CDATA[").append(i.html())
                        .append("]]></content:encoded>\n");
            } else {
                x.append("<description>").append(Words.esc(i.html())).append("</description>\n");
            }
            x.append("</item>\n");
        }
        x.append("</channel>\n</rss>\n");
    }

    private void atom(StringBuilder x, Instant newest) {
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>").append(Words.esc(o.name))
                .append("</title>\n<id>").append(o.site()).append("</id>\n<updated>").append(newest)
                .append("</updated>\n<link rel=\"alternate\" href=\"").append(o.site()).append("\"/>\n")
                .append("<link rel=\"self\" href=\"").append(o.site()).append("feed.atom\"/>\n<author><name>")
                .append(Words.esc(o.name)).append("</name></author>\n");
        for (PollBenchCorpus.Item i : items) {
            x.append("<entry>\n<title>").append(Words.esc(i.story().title)).append("</title>\n<id>tag:")
                    .append(o.host).append(",2024:").append(i.guid()).append("</id>\n<link rel=\"alternate\" href=\"")
                    .append(Words.esc(i.link())).append("\"/>\n<published>").append(i.when())
                    .append("</published>\n<updated>").append(i.when()).append("</updated>\n<summary>")
                    .append(Words.esc(Words.firstSentence(i.story()))).append("</summary>\n<content type=\"html\">")
                    .append(Words.esc(i.html())).append("</content>\n</entry>\n");
        }
        x.append("</feed>\n");
    }

    private void rss1(StringBuilder x) {
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel rdf:about=\"")
                .append(o.site()).append("feed.rdf\">\n<title>").append(Words.esc(o.name)).append("</title>\n<link>")
                .append(o.site()).append("</link>\n<description>News from ").append(Words.esc(o.name))
                .append("</description>\n<items><rdf:Seq>\n");
        for (PollBenchCorpus.Item i : items) {
            x.append("<rdf:li rdf:resource=\"").append(about(i)).append("\"/>\n");
        }
        x.append("</rdf:Seq></items>\n</channel>\n");
        for (PollBenchCorpus.Item i : items) {
            x.append("<item rdf:about=\"").append(about(i)).append("\">\n<title>").append(Words.esc(i.story().title))
                    .append("</title>\n<link>").append(Words.esc(i.link())).append("</link>\n<dc:date>")
                    .append(i.when()).append("</dc:date>\n<description>")
                    .append(Words.esc(Words.firstSentence(i.story()))).append("</description>\n<content:encoded><![CDATA[")
                    .append(i.html()).append("]]></content:encoded>\n</item>\n");
        }
        x.append("</rdf:RDF>\n");
    }

    /** RSS 1.0's item id is rdf:about; it names this outlet's copy, not the shared article. */
    private String about(PollBenchCorpus.Item i) {
        return o.site() + "item/" + i.guid();
    }
}

/** The benchmark's own word lists and the sentence shapes that make news-like text from them. */
final class Words {
    static final String[] TOWNS = {"Harbourside", "Millbrook", "Eastgate", "Northfield", "Riverton", "Ashcombe",
        "Kingsmere", "Lowmoor", "Westhaven", "Brackenridge", "Saltmarsh", "Oakhollow", "Greyport", "Fairlaw",
        "Stonebridge", "Coldwater", "Redcliff", "Elmstead", "Thornbury", "Marlow Vale", "São Bento", "Château-Roux",
        "Kirkwall Bay", "Pinecrest", "Larkspur", "Dunmore", "Wrenfield", "Hollowell", "Brightwater", "Fenwick"};
    static final String[] PAPERS = {"Courier", "Gazette", "Herald", "Ledger", "Observer", "Chronicle", "Dispatch",
        "Bulletin", "Record", "Sentinel", "Tribune", "Post", "Review", "Examiner", "Packet", "Mercury"};
    static final String[] CAMPAIGNS = {"daily", "morning-brief", "evening", "weekend", "breaking", "digest"};
    static final String[] TRACKERS = {"metricsbeacon.example", "adflow.example", "clickledger.example",
        "audiencepulse.example"};
    static final String[] ANCHORS = {"Read the full statement", "See our earlier coverage", "The report is online",
        "Background on the dispute", "Live updates", "Our explainer"};
    private static final String[] SUBJECTS = {"The city council", "Regional health officials", "The transport ministry",
        "Local teachers", "A coalition of farmers", "The harbour authority", "Emergency crews", "The water board",
        "Hospital managers", "A group of residents", "The regional court", "Rail unions", "The weather service",
        "University researchers", "The mayor's office", "Small business owners", "The fire brigade",
        "Public health inspectors", "The planning committee", "Airport operators", "Climate scientists"};
    private static final String[] VERBS = {"approved", "rejected", "delayed", "announced", "questioned", "defended",
        "expanded", "paused", "reviewed", "funded", "criticised", "published", "postponed", "welcomed", "challenged"};
    private static final String[] OBJECTS = {"a plan to extend the tram line", "new rules for short-term rentals",
        "the budget for flood defences", "a pilot vaccine programme", "a bus lane on the ring road",
        "the closure of two rural clinics", "a survey of drought damage", "repairs to the old swing bridge",
        "a ban on night flights at the airport", "a scheme to insulate council homes", "the hospital's new wing",
        "cuts to the night rail service", "a review of school meal prices", "a heatwave warning for the coast",
        "plans for a solar farm on the old airfield", "a study of river pollution", "the public health report",
        "a proposal to merge two fire stations", "a fund for storm-damaged farms", "longer library opening hours"};
    private static final String[] TIMES = {"on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning",
        "on Friday", "over the weekend", "this week", "earlier this month", "after months of talks",
        "at a packed meeting", "in a short statement", "behind closed doors"};
    private static final String[] FIRST = {"Amara", "Tomasz", "Ines", "Kwame", "Helga", "Ravi", "Lucía", "Owen",
        "Mei", "Farid", "Greta", "Desmond", "Noor", "Pavel", "Siobhan", "Yusuf", "Clara", "Bruno", "Léa", "Idris"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Brennan", "Castillo", "Novak", "Haddad",
        "Whitfield", "Tanaka", "Osei", "Kowalczyk", "Ferreira", "Mahler", "Quinn", "Abara", "Sørensen", "Delgado"};
    private static final String[] ROLES = {"a spokesperson", "the chair", "a senior engineer", "the director",
        "a councillor", "a union representative", "a researcher", "the chief executive", "a local campaigner"};
    private static final String[] ORGS = {"the council", "the regional hospital trust", "the rail operator",
        "the farmers' association", "the harbour authority", "the university", "the water board",
        "the chamber of commerce", "the tenants' union", "the weather service"};
    private static final String[] QUOTES = {"We have listened to residents and we will act", "This was never about money",
        "The figures speak for themselves", "Nobody should have to wait this long", "We expect a decision by spring",
        "It is a first step, not the last", "The old system simply cannot cope", "People deserve a straight answer",
        "We were not consulted", "The drought has changed everything", "We will keep the clinic open"};
    private static final String[] NOUNS = {"number of passengers", "cost of repairs", "waiting list",
        "price of bread", "rainfall", "number of complaints", "river level", "number of new homes", "energy bill"};
    private static final String[] HEAD = {"approves", "rejects", "delays", "backs", "reviews", "questions",
        "funds", "pauses", "defends", "expands"};
    private static final String[] HEAD_OBJ = {"tram extension", "flood defence budget", "rural clinic closures",
        "night rail cuts", "vaccine pilot", "bus lane plan", "drought relief fund", "solar farm", "bridge repairs",
        "hospital wing", "school meal prices", "storm relief", "rental rules", "harbour dredging", "heatwave plan"};

    private Words() {
    }

    /**
     * A well-spread seed for one (purpose, index): java.util.Random's first draws from neighbouring
     * seeds are correlated, which made every outlet a "Tribune". SplitMix64's finalizer breaks that.
     */
    static long mix(long seed, int purpose, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @SafeVarargs
    static <T> T pick(Random r, T... from) {
        return from[r.nextInt(from.length)];
    }

    static String headline(Random r) {
        String who = r.nextBoolean() ? pick(r, TOWNS) + " " + pick(r, "council", "board", "court", "officials")
                : pick(r, "Ministry", "Regional court", "Health board", "Rail operator", "Harbour authority");
        return who + " " + pick(r, HEAD) + " " + pick(r, HEAD_OBJ)
                + (r.nextInt(4) == 0 ? " after " + pick(r, "protests", "long debate", "surprise vote",
                "record drought", "storm damage", "'deeply flawed' review") : "");
    }

    static String sentence(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " " + pick(r, TIMES) + ".";
            case 1:
                return "\"" + pick(r, QUOTES) + ",\" said " + pick(r, FIRST) + " " + pick(r, LAST) + ", "
                        + pick(r, ROLES) + " at " + pick(r, ORGS) + ".";
            case 2:
                return "The " + pick(r, NOUNS) + " in " + pick(r, TOWNS) + " rose by " + (2 + r.nextInt(40))
                        + " percent " + pick(r, "last year", "since 2019", "in the past decade", "this spring")
                        + ", according to " + pick(r, ORGS) + ".";
            case 3:
                return "Critics say " + pick(r, OBJECTS) + " will cost about " + (1 + r.nextInt(90)) + " million & "
                        + "take " + (2 + r.nextInt(9)) + " years, while supporters argue it is <overdue>.";
            default:
                return pick(r, FIRST) + " " + pick(r, LAST) + ", who lives near " + pick(r, TOWNS) + ", said the "
                        + pick(r, NOUNS) + " had " + pick(r, "doubled", "fallen sharply", "barely moved", "crept up")
                        + " and that " + pick(r, ORGS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + ".";
        }
    }

    /** "Château-Roux Post" -> "chateau-roux-post": host names stay ASCII (no IDN in this benchmark). */
    static String hostLabel(String words) {
        return java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String firstSentence(Story s) {
        return s.paragraphs.get(0).get(0);
    }

    /** XML and HTML text escaping; the same rules serve both. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the poll benchmark's corpus (written by PollBenchCorpus.java) from memory on loopback,
 * the way a well-behaved feed server does: a strong ETag per feed, {@code 304 Not Modified} when
 * {@code If-None-Match} matches, gzip when asked for. No Last-Modified is sent, so a 304 on the
 * second poll proves the client kept and replayed the ETag.
 *
 * <p>{@code java bench/PollBenchServer.java --corpus DIR --sources FILE [--hosts 16] [--threads 8] [--no-gzip]}
 *
 * <p>The feeds are spread over {@code --hosts} loopback addresses (127.0.0.1, 127.0.0.2, ...; on
 * Linux the whole 127/8 answers), each on its own free port, because 500 real feeds live on many
 * hosts and a polite fetcher caps connections per host: one address would measure that cap, not
 * the pipeline. {@code --hosts 1} puts everything on 127.0.0.1. When listening, it writes
 * {@code FILE} (one {@code name<TAB>url} line per feed) and prints a line starting {@code ready}.
 *
 * <p>{@code GET /requests} answers the number of feed requests so far (any answer, any address);
 * {@code GET /stats} answers {@code requests ok not-modified not-found bytes}. Neither is counted.
 */
public final class PollBenchServer {
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Corpus corpus = Corpus.load(o.corpus, o.gzip);
        Counters counters = new Counters();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads);
        List<String> bases = new ArrayList<>();
        for (int h = 1; h <= o.hosts; h++) {
            String address = "127.0.0." + h;
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 512);
            server.createContext("/", exchange -> answer(exchange, corpus, counters));
            server.setExecutor(pool);
            server.start();
            bases.add("http://" + address + ":" + server.getAddress().getPort());
        }
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < corpus.feeds.size(); i++) {
            Feed feed = corpus.feeds.get(i);
            sources.append(feed.name).append('\t').append(bases.get(i % bases.size())).append("/feeds/")
                    .append(feed.file).append('\n');
        }
        // Written whole then renamed, so whoever waits for the file never reads half of it.
        Path partial = o.sources.resolveSibling(o.sources.getFileName() + ".partial");
        Files.writeString(partial, sources);
        Files.move(partial, o.sources, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "ready: %d feeds (%.1f MB, gzip %s) on %d loopback address(es); "
                        + "request count at %s/requests%n", corpus.feeds.size(), corpus.bytes / 1e6,
                o.gzip ? "on" : "off", o.hosts, bases.get(0));
    }

    private static void answer(HttpExchange exchange, Corpus corpus, Counters counters) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/requests") || path.equals("/stats")) {
                String body = path.equals("/requests") ? counters.requests.get() + "\n" : counters.describe();
                send(exchange, 200, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), true);
                return;
            }
            counters.requests.incrementAndGet();
            Feed feed = path.startsWith("/feeds/") ? corpus.byFile.get(path.substring("/feeds/".length())) : null;
            if (feed == null || !(method.equals("GET") || method.equals("HEAD"))) {
                counters.notFound.incrementAndGet();
                send(exchange, feed == null ? 404 : 405, "text/plain", "no such feed\n".getBytes(), true);
                return;
            }
            Headers in = exchange.getRequestHeaders();
            boolean gzip = feed.gzipped != null && acceptsGzip(in.getFirst("Accept-Encoding"));
            Headers out = exchange.getResponseHeaders();
            out.set("ETag", gzip ? feed.gzipEtag : feed.etag);
            out.set("Vary", "Accept-Encoding");
            out.set("Cache-Control", "max-age=0");
            if (matches(in.get("If-None-Match"), feed)) {
                counters.notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            counters.ok.incrementAndGet();
            if (gzip) {
                out.set("Content-Encoding", "gzip");
            }
            byte[] body = gzip ? feed.gzipped : feed.bytes;
            counters.bytes.addAndGet(body.length);
            send(exchange, 200, feed.contentType, body, method.equals("GET"));
        } finally {
            exchange.close();   // HttpExchange is AutoCloseable only from JDK 18 on
        }
    }

    /**
     * RFC 9110 section 13.1.2: If-None-Match uses the weak comparison, so a W/ prefix still matches;
     * either of the feed's two representations (plain, gzip) counts as "the client has it".
     */
    static boolean matches(List<String> ifNoneMatch, Feed feed) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(feed.etag) || t.equals(feed.gzipEtag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip") && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean withBody)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, withBody ? body.length : -1);
        if (withBody) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** One feed held in memory, both as written and gzipped, with a strong ETag for each. */
    static final class Feed {
        final String file;
        final String name;
        final String contentType;
        final byte[] bytes;
        final byte[] gzipped;
        final String etag;
        final String gzipEtag;

        Feed(String file, String name, byte[] bytes, boolean gzip) {
            this.file = file;
            this.name = name;
            this.bytes = bytes;
            this.contentType = (file.endsWith(".atom") ? "application/atom+xml"
                    : file.endsWith(".rdf") ? "application/rdf+xml" : "application/rss+xml") + "; charset=utf-8";
            this.gzipped = gzip ? gzip(bytes) : null;
            String digest = sha256(bytes);
            this.etag = "\"" + digest + "\"";
            this.gzipEtag = "\"" + digest + "-gzip\"";
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] gzip(byte[] bytes) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3);
            try (GZIPOutputStream z = new GZIPOutputStream(buffer)) {
                z.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }

    /** Every feed of the corpus, read once at start so no request ever touches the disk. */
    static final class Corpus {
        final List<Feed> feeds;
        final Map<String, Feed> byFile = new ConcurrentHashMap<>();
        final long bytes;

        private Corpus(List<Feed> feeds) {
            this.feeds = feeds;
            feeds.forEach(f -> byFile.put(f.file, f));
            this.bytes = feeds.stream().mapToLong(f -> f.bytes.length).sum();
        }

        static Corpus load(Path dir, boolean gzip) throws IOException {
            List<String> lines = Files.readAllLines(dir.resolve("corpus.tsv"));
            List<Feed> feeds = lines.parallelStream().filter(l -> !l.isBlank()).map(line -> {
                String[] cols = line.split("\t");
                try {
                    return new Feed(cols[1], cols[2], Files.readAllBytes(dir.resolve("feeds").resolve(cols[1])), gzip);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.toList());
            return new Corpus(feeds);
        }
    }

    static final class Counters {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong notModified = new AtomicLong();
        final AtomicLong notFound = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        String describe() {
            return String.format(Locale.ROOT, "requests %d ok %d not-modified %d not-found %d bytes %d%n",
                    requests.get(), ok.get(), notModified.get(), notFound.get(), bytes.get());
        }
    }

    record Options(Path corpus, Path sources, int hosts, int threads, boolean gzip) {
        static Options parse(String[] args) {
            Path corpus = null;
            Path sources = null;
            int hosts = 16;
            int threads = 8;
            boolean gzip = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--corpus": corpus = Path.of(value(args, ++i)); break;
                    case "--sources": sources = Path.of(value(args, ++i)); break;
                    case "--hosts": hosts = Integer.parseInt(value(args, ++i)); break;
                    case "--threads": threads = Integer.parseInt(value(args, ++i)); break;
                    case "--no-gzip": gzip = false; break;
                    default: usage("unknown option " + args[i]);
                }
            }
            if (corpus == null || sources == null) {
                usage("--corpus and --sources are required");
            }
            if (hosts < 1 || hosts > 254) {
                usage("--hosts must be 1..254");
            }
            return new Options(corpus, sources.toAbsolutePath(), hosts, threads, gzip);
        }

        private static String value(String[] args, int i) {
            return i < args.length ? args[i] : usage("missing value for " + args[i - 1]);
        }

        private static String usage(String why) {
            System.err.println("PollBenchServer: " + why);
            System.err.println("usage: java bench/PollBenchServer.java --corpus DIR --sources FILE [--hosts 16]"
                    + " [--threads 8] [--no-gzip]");
            System.exit(2);
            return null;
        }
    }
}

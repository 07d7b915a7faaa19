import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;

/**
 * A loopback server of feeds that grow while they are polled, for bench/crash-test and
 * bench/soak-test. Run with the JDK's source launcher:
 *
 * <pre>java bench/ChangingFeedsServer.java --feeds 100 --min-period 2s --max-period 5s --seed 7 \
 *      --ready FILE --requests FILE [--window N]</pre>
 *
 * <p>Feed {@code n} ({@code GET /feeds/<n>.rss}, RSS 2.0) starts with 3 entries and gains entry
 * {@code k} at {@code start + offset(n) + (k - 3) * period(n)}; period and offset come from the
 * seed, so two runs with one seed serve the same entries at the same moments after start. Entry
 * {@code k} of feed {@code n} has guid {@code feed-<n>-entry-<k>} and its own link. With
 * {@code --window N} only the newest N entries are listed (a real feed's shape, for long soaks);
 * without it every entry ever added stays, so "entries served" only grows, which the crash check
 * relies on.
 *
 * <p>Every request is logged to the requests file as {@code <epoch ms> <feed> <entries served>}
 * (entries 0 .. served-1 existed at that moment), flushed at once so a checker can read it while
 * the server runs. {@code --ready FILE} receives {@code <port>} when the server listens.
 * {@code GET /freeze} stops every feed from growing from then on (for a final comparison).
 */
public final class ChangingFeedsServer {
    private static final int INITIAL_ENTRIES = 3;

    private final long start = System.currentTimeMillis();
    private final long[] period;
    private final long[] offset;
    private final int window;
    private final BufferedWriter requests;
    private volatile long frozenAt = Long.MAX_VALUE;

    private ChangingFeedsServer(int feeds, long minPeriod, long maxPeriod, long seed, int window,
                                BufferedWriter requests) {
        Random random = new Random(seed);
        this.period = new long[feeds];
        this.offset = new long[feeds];
        for (int n = 0; n < feeds; n++) {
            period[n] = minPeriod + (maxPeriod > minPeriod ? random.nextLong(maxPeriod - minPeriod + 1) : 0);
            offset[n] = random.nextLong(period[n]);
        }
        this.window = window;
        this.requests = requests;
    }

    public static void main(String[] args) throws IOException {
        int feeds = 100;
        long minPeriod = 2000;
        long maxPeriod = 5000;
        long seed = 7;
        int window = 0;
        Path ready = null;
        Path requestLog = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--feeds" -> feeds = Integer.parseInt(value);
                case "--min-period" -> minPeriod = millis(value);
                case "--max-period" -> maxPeriod = millis(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--window" -> window = Integer.parseInt(value);
                case "--ready" -> ready = Path.of(value);
                case "--requests" -> requestLog = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (ready == null || requestLog == null) {
            throw new IllegalArgumentException("--ready FILE and --requests FILE are required");
        }
        BufferedWriter log = Files.newBufferedWriter(requestLog, StandardCharsets.UTF_8);
        ChangingFeedsServer feedsServer = new ChangingFeedsServer(feeds, minPeriod, maxPeriod, seed, window, log);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", feedsServer::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        Path tmp = Path.of(ready + ".tmp");
        Files.writeString(tmp, server.getAddress().getPort() + "\n");
        Files.move(tmp, ready);  // atomic: a reader never sees a half-written file
        System.out.println("ready: " + feeds + " feeds on port " + server.getAddress().getPort() + ", started at "
                + Instant.ofEpochMilli(feedsServer.start));
    }

    private static long millis(String value) {
        if (value.endsWith("ms")) {
            return Long.parseLong(value.substring(0, value.length() - 2));
        }
        if (value.endsWith("s")) {
            return Long.parseLong(value.substring(0, value.length() - 1)) * 1000;
        }
        return Long.parseLong(value);
    }

    /** Entries of feed n that exist at time t: 3 at start, one more per period after the offset. */
    private int entriesAt(int n, long t) {
        long since = Math.min(t, frozenAt) - start - offset[n];
        return since < 0 ? INITIAL_ENTRIES : INITIAL_ENTRIES + 1 + (int) (since / period[n]);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            long now = System.currentTimeMillis();
            if (path.equals("/freeze")) {
                frozenAt = Math.min(frozenAt, now);
                send(exchange, 200, "text/plain", "frozen\n");
                return;
            }
            int n = feedNumber(path);
            if (n < 0 || n >= period.length) {
                send(exchange, 404, "text/plain", "no such feed\n");
                return;
            }
            int served = entriesAt(n, now);
            synchronized (requests) {
                requests.write(now + " " + n + " " + served + "\n");
                requests.flush();
            }
            send(exchange, 200, "application/rss+xml; charset=utf-8", feed(n, served));
        }
    }

    private static int feedNumber(String path) {
        if (!path.startsWith("/feeds/") || !path.endsWith(".rss")) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".rss".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String feed(int n, int served) {
        StringBuilder xml = new StringBuilder(512 + served * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Changing feed ").append(n).append("</title>")
                .append("<link>https://river.test/feed-").append(n).append("/</link>")
                .append("<description>A feed that grows while it is polled</description>\n");
        int oldest = window > 0 ? Math.max(0, served - window) : 0;
        for (int k = served - 1; k >= oldest; k--) {
            long born = k < INITIAL_ENTRIES ? start - (INITIAL_ENTRIES - k) * 60_000L
                    : start + offset[n] + (k - INITIAL_ENTRIES) * period[n];
            xml.append("<item><title>Feed ").append(n).append(" entry ").append(k).append("</title>")
                    .append("<link>https://river.test/feed-").append(n).append("/entry-").append(k).append("</link>")
                    .append("<guid isPermaLink=\"false\">feed-").append(n).append("-entry-").append(k).append("</guid>")
                    .append("<pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(Instant.ofEpochMilli(born).atZone(java.time.ZoneOffset.UTC))).append("</pubDate>")
                    .append("<description><![CDATA[<p>Entry ").append(k).append(" of feed ").append(n)
                    .append(": the water level was read and written down.</p>]]></description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

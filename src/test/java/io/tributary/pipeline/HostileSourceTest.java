package io.tributary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tributary.config.Config;
import io.tributary.config.ConfigLoader;
import io.tributary.store.PublishedStory;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Issue 9 item 4: hostile sources, each polled in one run beside a well-behaved one ("Calm"),
 * against a loopback server that makes every body while sending it (nothing big is held or
 * stored as a fixture). Each ends in a clear status within the source's own small limits
 * ({@code timeout: 2s}, {@code max-bytes: 1MB}), with the bytes the source got to send counted,
 * and Calm's two entries stored as if nothing happened.
 */
class HostileSourceTest {
    private static final long MAX_BYTES = 1024 * 1024;
    /** Loopback socket buffers can hold a few MB the client never read: sent beyond the limit, never read. */
    private static final long SOCKET_SLACK = 16L * 1024 * 1024;
    /**
     * Far above every limit under test; generous because parsing 100,000 entries alone takes 5-25 s
     * on a busy 2-core machine (the entry cap bounds the write, not the parse).
     */
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(120);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String FEED_HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Hostile</title><link>http://hostile.test/</link><description>x</description>";
    private static final String CALM = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Calm</title><link>http://calm.test/</link><description>calm</description>
            <item><guid>calm-1</guid><title>Lock gates oiled</title><link>http://calm.test/1</link></item>
            <item><guid>calm-2</guid><title>Towpath reopens</title><link>http://calm.test/2</link></item>
            </channel></rss>
            """;

    @TempDir
    Path work;

    private final StreamingSource sources = newSource();
    /** What the store holds after the last poll, newest first. */
    private List<PublishedStory> stored = List.of();

    private static StreamingSource newSource() {
        try {
            return new StreamingSource();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void serveCalm() {
        sources.answer("/calm", (exchange, body) -> send(exchange, body, CALM.getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        sources.close();
    }

    @Test
    void twoGigabyteBodyIsCutAtTheLimitWithoutBeingRead() {
        sources.answer("/huge", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 2L * 1024 * 1024 * 1024);
            fill(body, FEED_HEAD + "<item><title>Flood</title><description>", 2L * 1024 * 1024 * 1024);
        });

        Map<String, PollReport> polled = pollWithCalm("/huge");

        assertThat(polled.get("Hostile").status()).startsWith("too-large");
        assertThat(sources.sent("/huge")).isLessThan(MAX_BYTES + SOCKET_SLACK);
    }

    @Test
    void endlessChunkedStreamIsCutAtTheLimit() {
        sources.answer("/endless", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            fill(body, FEED_HEAD + "<item><title>Spring</title><description>", Long.MAX_VALUE);
        });

        Map<String, PollReport> polled = pollWithCalm("/endless");

        assertThat(polled.get("Hostile").status()).startsWith("too-large");
        assertThat(sources.sent("/endless")).isLessThan(MAX_BYTES + SOCKET_SLACK);
    }

    @Test
    void bodyDribbledAByteASecondIsCutAtTheTimeLimit() {
        sources.answer("/dribble", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            for (byte b : FEED_HEAD.getBytes(StandardCharsets.UTF_8)) {
                body.write(b);
                body.flush();
                Thread.sleep(1_000);
            }
        });

        Map<String, PollReport> polled = pollWithCalm("/dribble");

        assertThat(polled.get("Hostile").status()).startsWith("timeout");
        assertThat(sources.sent("/dribble")).isLessThan(10);
    }

    @Test
    void gzipBombIsCutAtTheLimitOfDecodedBytes() {
        AtomicLong inflated = new AtomicLong();
        sources.answer("/bomb", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0);
            // 1 GB of one repeated byte deflates to about 1 MB; compressed as it is sent, so only
            // as much is made as the client reads.
            try (GZIPOutputStream zip = new GZIPOutputStream(body, 8192)) {
                fill(new StreamingSource.CountingStream(zip, inflated), FEED_HEAD + "<item><title>Bomb</title><description>",
                        1024L * 1024 * 1024);
            }
        });

        Map<String, PollReport> polled = pollWithCalm("/bomb");

        assertThat(polled.get("Hostile").status()).startsWith("too-large");
        assertThat(inflated.get()).as("bytes the bomb expanded to before the client stopped reading")
                .isLessThan(1024L * 1024 * 1024);
        assertThat(sources.sent("/bomb")).as("compressed bytes sent").isLessThan(SOCKET_SLACK);
    }

    @Test
    void entryOfFiftyMegabytesIsCutAtTheLimit() {
        sources.answer("/fat", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            fill(body, FEED_HEAD + "<item><guid>thin</guid><title>Thin</title></item>"
                    + "<item><guid>fat</guid><title>Fat</title><description>", 50L * 1024 * 1024);
            body.write("</description></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
        });

        Map<String, PollReport> polled = pollWithCalm("/fat");

        assertThat(polled.get("Hostile").status()).startsWith("too-large");
        assertThat(sources.sent("/fat")).isLessThan(MAX_BYTES + SOCKET_SLACK);
    }

    @Test
    void feedOfAHundredThousandEntriesStoresTheNewestThousandAndSaysSo() {
        int entries = 100_000;
        sources.answer("/flood", (exchange, body) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            body.write(FEED_HEAD.getBytes(StandardCharsets.UTF_8));
            Instant newest = Instant.parse("2026-03-01T12:00:00Z");
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < entries; i++) {
                // oldest first, so keeping the first thousand in document order would keep the wrong ones
                items.append("<item><guid>drop-").append(i).append("</guid><title>Drop ").append(i)
                        .append("</title><pubDate>").append(RFC_822.format(newest.minusSeconds(entries - i)))
                        .append("</pubDate></item>");
                if (items.length() > 60_000) {
                    body.write(items.toString().getBytes(StandardCharsets.UTF_8));
                    items.setLength(0);
                }
            }
            body.write((items + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        });

        Map<String, PollReport> polled = pollWithCalm("/flood", "max-bytes: 16MB");

        assertThat(polled.get("Hostile").status()).isEqualTo("ok (newest 1000 of 100000 entries)");
        assertThat(polled.get("Hostile").fresh()).isEqualTo(1_000);
        assertThat(sources.sent("/flood")).as("the whole feed was read").isGreaterThan(MAX_BYTES);
        assertThat(titles()).contains("Drop 99999", "Drop 99000").doesNotContain("Drop 98999", "Drop 0");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndReportedRecovered() {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes((FEED_HEAD + "<item><guid>bad-bytes</guid><title>Weir ").getBytes(StandardCharsets.UTF_8));
        // a stray continuation byte, a truncated sequence, an overlong '/', a surrogate, 0xFF
        feed.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, '(', (byte) 0xC0, (byte) 0xAF,
            (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF});
        feed.writeBytes(" mended</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
        sources.answer("/bytes", (exchange, body) -> send(exchange, body, feed.toByteArray()));

        Map<String, PollReport> polled = pollWithCalm("/bytes");

        // Not UTF-8 despite the declaration: read as the likeliest single-byte charset (parse.BodyDecoder),
        // so every byte becomes a legal character (the no-break space a plain one); the status says so.
        assertThat(polled.get("Hostile").status()).isEqualTo("ok (recovered)");
        assertThat(titles()).contains("Weir \u20AC\u00C3(\u00C0\u00AF\u00ED \u20AC\u00FF mended");
    }

    @Test
    void externalEntityNamingALocalFileIsRefusedAndTheFileNeverRead() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "the-sluice-key");
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>Leak</title><item><title>&leak;</title></item></channel></rss>";
        sources.answer("/xxe", (exchange, body) -> send(exchange, body, feed.getBytes(StandardCharsets.UTF_8)));

        Map<String, PollReport> polled = pollWithCalm("/xxe");

        assertThat(polled.get("Hostile").status()).startsWith("invalid");
        assertThat(titles()).noneMatch(title -> title.contains("the-sluice-key"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            feed.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        feed.append("]><rss version=\"2.0\"><channel><title>Laughs</title><item><title>&lol9;</title></item>"
                + "</channel></rss>");
        sources.answer("/laughs", (exchange, body) -> send(exchange, body, feed.toString().getBytes(StandardCharsets.UTF_8)));

        Map<String, PollReport> polled = pollWithCalm("/laughs");

        assertThat(polled.get("Hostile").status()).startsWith("invalid");
        assertThat(polled.get("Hostile").millis()).isLessThan(5_000);
    }

    /** Polls Calm and the hostile source at {@code path} in one run; asserts Calm came through whole. */
    private Map<String, PollReport> pollWithCalm(String path) {
        return pollWithCalm(path, "max-bytes: 1MB");
    }

    private Map<String, PollReport> pollWithCalm(String path, String hostileLimit) {
        return assertTimeoutPreemptively(DOES_NOT_HANG, () -> {
            Config config = config(path, hostileLimit);
            try (River river = River.open(config, Clock.systemUTC())) {
                Map<String, PollReport> reports = river.pollAll(report -> { }).stream()
                        .collect(Collectors.toMap(PollReport::source, Function.identity()));
                stored = river.store().latest(2_000, Optional.empty());
                assertThat(reports.get("Calm").status()).isEqualTo("ok");
                assertThat(reports.get("Calm").fresh()).isEqualTo(2);
                assertThat(stored).extracting(PublishedStory::title).contains("Lock gates oiled", "Towpath reopens");
                return reports;
            }
        });
    }

    private List<String> titles() {
        return stored.stream().map(PublishedStory::title).toList();
    }

    private Config config(String hostilePath, String hostileLimit) throws Exception {
        Path file = work.resolve("tributary-" + UUID.randomUUID() + ".yml");
        Files.writeString(file, """
                title: "Hostile sources"
                base-url: "http://feeds.test"
                store: { url: "jdbc:hsqldb:mem:hostile-%s" }
                poll: { threads: 2, timeout: 10s }
                sources:
                  - name: "Calm"
                    url: "%s"
                  - name: "Hostile"
                    url: "%s"
                    timeout: 2s
                    %s
                """.formatted(UUID.randomUUID(), sources.url("/calm"), sources.url(hostilePath), hostileLimit));
        return new ConfigLoader().load(file);
    }

    private static void send(HttpExchange exchange, OutputStream body, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, bytes.length);
        body.write(bytes);
    }

    /** Writes {@code head}, then filler up to {@code total} bytes in all, until the client stops reading. */
    private static void fill(OutputStream body, String head, long total) throws IOException {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        body.write(start);
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) 'w');
        for (long written = start.length; written < total; written += filler.length) {
            body.write(filler, 0, (int) Math.min(filler.length, total - written));
        }
    }
}

package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Issue 9 item 5: requests an attacker would send, against a server whose limits are short so
 * the test is quick. Each is answered with a 4xx or its connection closed; never a 5xx, a stack
 * trace or a file outside the published set; and the server serves others meanwhile.
 */
@Timeout(90)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(3);
    /** Longer than the header deadline, shorter than the idle timeout: only the deadline can drop it. */
    private static final long DRIP_MS = 300;
    private static final int SLOW_CLIENTS = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final PublishedSite site = new SiteRenderer().render(config(10, topic("climate", "Climate")),
            new FakeStorySource(List.of(story("a", "Weir", List.of("climate")))), NOW);
    private FeedServer server;

    @BeforeAll
    void start() throws IOException {
        server = new FeedServer(0, () -> site, () -> new HealthReport("ok", Optional.empty(), List.of()), Map.of(),
                new ServerLimits(8 * 1024, IDLE_TIMEOUT, HEADER_TIMEOUT, 64, Duration.ofSeconds(1)));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/feeds/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/feeds/..%2F..%2Fetc%2Fpasswd",
        "/feeds/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/feeds/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "/feeds/%252e%252e/%252e%252e/etc/passwd",
        "/feeds/..\\..\\etc\\passwd",
        "/feeds/..%5c..%5cetc%5cpasswd",
        "/feeds/..%255c..%255cetc%255cpasswd",
        "/feeds/all.atom%00.html",
        "/etc/passwd%00",
        "/feeds/%00/../../etc/passwd",
        "/feeds/.%2e/.%2e/etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/feeds/..;/..;/etc/passwd",
        "//etc/passwd",
        "/feeds/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/../pom.xml",
        "/feeds/../../src/main/resources/logback.xml"
    })
    void pathThatTriesToLeaveThePublishedSetIsRefused(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(status(response)).as(path).isIn(400, 404);
        assertThat(body(response)).as(path).isIn("Not found\n", "400 Bad Request\n");
    }

    @Test
    void overlongUrlIsRefusedAsTooLongOrClosed() throws Exception {
        String response = rawRequestOf(100 * 1024, 0);

        assertRefusedOrClosed(response, 414);
    }

    @Test
    void overlongHeaderIsRefusedAsTooLargeOrClosed() throws Exception {
        String response = raw("GET /feeds/all.atom HTTP/1.1\r\nHost: localhost\r\nX-Swell: " + "w".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");

        assertRefusedOrClosed(response, 431);
    }

    @Test
    void tooManyHeadersAreRefusedAsTooLargeOrClosed() throws Exception {
        String response = rawRequestOf(10, 5_000);

        assertRefusedOrClosed(response, 431);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"})
    void methodOtherThanGetOrHeadIsRefused(String method) throws IOException {
        String response = raw(method + " /feeds/all.atom HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(status(response)).as(method).isBetween(400, 499);
        assertThat(response).doesNotContain("Exception", "at org.", "at io.");
    }

    @Test
    void slowClientsAreDroppedAfterTheHeaderDeadlineWhileOthersAreServed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try {
            List<Future<Long>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(pool.submit(this::dripUntilDropped));
            }
            Thread.sleep(HEADER_TIMEOUT.toMillis() / 2); // every slow client is mid-request now
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> feed = get("/feeds/all.atom");
                assertThat(feed.statusCode()).isEqualTo(200);
                assertThat(feed.body()).contains("Weir");
            }
            for (Future<Long> client : slow) {
                long heldMs = client.get(30, TimeUnit.SECONDS);
                // Dripping keeps the idle timeout from ever firing: only the header deadline drops
                // it (1.2-1.4 s measured); the bound is generous for a busy machine.
                assertThat(heldMs).as("how long a slow client held its connection").isPositive()
                        .isLessThan(10_000);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void clientThatSendsNothingIsDroppedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            long start = System.nanoTime();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(500));
        }
    }

    /**
     * A slowloris client: a request line, then one more header line every {@link #DRIP_MS}, never the
     * blank line that ends the headers. Returns how long the server let it hold the connection.
     */
    private long dripUntilDropped() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) DRIP_MS);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /feeds/all.atom HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int line = 0; line < 200; line++) {
                try {
                    if (in.read() == -1) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                    throw new AssertionError("the server answered a request whose headers never ended");
                } catch (SocketTimeoutException stillOpen) {
                    out.write(("X-Drip-" + line + ": still here\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException reset) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            return -1; // held for 60 s: never dropped
        } catch (IOException reset) {
            return 1;
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose path is {@code pathBytes} long, with {@code headers} extra small headers. */
    private String rawRequestOf(int pathBytes, int headers) throws Exception {
        StringBuilder request = new StringBuilder("GET /feeds/").append("a".repeat(pathBytes))
                .append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < headers; i++) {
            request.append("X-Ripple-").append(i).append(": wave\r\n");
        }
        return raw(request.append("Connection: close\r\n\r\n").toString());
    }

    /**
     * Sends the bytes as written and returns all the server answered. The server may answer and
     * close before reading everything; the write then fails, and what was answered still counts.
     */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server has had enough; its answer is what matters
                }
            });
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException reset) {
                // a reset after (or instead of) the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertRefusedOrClosed(String response, int expected) {
        if (!response.isEmpty()) {
            assertThat(status(response)).isEqualTo(expected);
            assertThat(body(response)).isEqualTo(expected + " " + org.eclipse.jetty.http.HttpStatus.getMessage(expected)
                    + "\n");
        }
        assertThat(response).doesNotContain("Exception", "at org.", "at io.");
    }

    private static int status(String response) {
        assertThat(response).startsWith("HTTP/1.1 ");
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}

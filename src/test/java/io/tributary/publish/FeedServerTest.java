package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.store.SourceHealth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedServerTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final SourceHealth HEALTHY = new SourceHealth("River Desk",
            URI.create("https://river-desk.example/feed.xml"), "ok", Optional.of(NOW),
            Optional.of(NOW), 0, 120, 14);
    private static final SourceHealth FAILING = new SourceHealth("Valley Post",
            URI.create("https://valley-post.example/rss"), "error: connection refused",
            Optional.of(NOW), Optional.empty(), 3, 40, 0);

    private static final HealthReport ALL_WELL = new HealthReport("ok", Optional.empty(),
            List.of(HEALTHY));

    private final AtomicReference<PublishedSite> site = new AtomicReference<>();
    private final AtomicReference<HealthReport> health = new AtomicReference<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private FeedServer server;

    private static PublishedSite render(String title) {
        return new SiteRenderer().render(config(10, topic("climate", "Climate")),
                new FakeStorySource(List.of(story("a", title, List.of("climate")))), NOW);
    }

    private PublishedFile file(String path) {
        return site.get().file(path).orElseThrow();
    }

    /** One server for the class: stopping one gracefully waits on the client's idle connection. */
    @BeforeAll
    void start() throws IOException {
        server = new FeedServer(0, site::get, health::get);
        server.start();
    }

    @BeforeEach
    void publishFreshSite() {
        site.set(render("Weir"));
        health.set(ALL_WELL);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return send(request(path));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void listensOnTheFreePortItWasGiven() {
        assertThat(server.port()).isPositive();
    }

    @Test
    void servesTheMergedFeedWithItsTagTypeAndCachingHeaders() throws Exception {
        HttpResponse<byte[]> response = get("/feeds/all.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(file("/feeds/all.atom").body());
        assertThat(header(response, "ETag")).isEqualTo(file("/feeds/all.atom").etag());
        assertThat(header(response, "Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(header(response, "Last-Modified")).isEqualTo("Fri, 14 Mar 2025 12:00:00 GMT");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void servesTheIndexPageAtTheRootAndAsIndexHtml() throws Exception {
        HttpResponse<byte[]> root = get("/");
        HttpResponse<byte[]> named = get("/index.html");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(header(root, "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(root.body()).isEqualTo(file("/").body());
        assertThat(named.body()).isEqualTo(root.body());
    }

    @Test
    void servesEveryTopicFeed() throws Exception {
        HttpResponse<byte[]> response = get("/feeds/topics/climate.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(file("/feeds/topics/climate.atom").body());
    }

    @Test
    void answersNotModifiedWhenTheClientHoldsTheSameTag() throws Exception {
        String etag = file("/feeds/all.atom").etag();

        HttpResponse<byte[]> response = send(request("/feeds/all.atom").header("If-None-Match", etag));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "ETag")).isEqualTo(etag);
    }

    @Test
    void answersInFullWhenTheClientHoldsAnOlderTag() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .header("If-None-Match", "\"0123456789abcdef0123456789abcdef\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(file("/feeds/all.atom").body());
    }

    @Test
    void answersNotModifiedWhenNothingChangedSinceTheClientsDate() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .header("If-Modified-Since", "Fri, 14 Mar 2025 12:00:00 GMT"));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void answersInFullWhenTheFeedChangedSinceTheClientsDate() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .header("If-Modified-Since", "Fri, 14 Mar 2025 11:59:59 GMT"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void sendsGzipToAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .header("Accept-Encoding", "br, gzip;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(file("/feeds/all.atom").body());
        }
    }

    @Test
    void gzipTagStillMatchesOnTheNextRequest() throws Exception {
        HttpResponse<byte[]> first = send(request("/feeds/all.atom").header("Accept-Encoding", "gzip"));

        HttpResponse<byte[]> second = send(request("/feeds/all.atom").header("Accept-Encoding", "gzip")
                .header("If-None-Match", header(first, "ETag")));

        assertThat(header(first, "ETag")).isNotEqualTo(file("/feeds/all.atom").etag());
        assertThat(second.statusCode()).isEqualTo(304);
    }

    @Test
    void sendsPlainBytesWhenTheClientRefusesGzip() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .header("Accept-Encoding", "gzip;q=0, identity"));

        assertThat(header(response, "Content-Encoding")).isNull();
        assertThat(response.body()).isEqualTo(file("/feeds/all.atom").body());
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "ETag")).isEqualTo(file("/feeds/all.atom").etag());
        assertThat(header(response, "Content-Length"))
                .isEqualTo(String.valueOf(file("/feeds/all.atom").body().length));
    }

    @Test
    void refusesOtherMethodsNamingTheAllowedOnes() throws Exception {
        HttpResponse<byte[]> response = send(request("/feeds/all.atom")
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void answersNotFoundForAPathThatWasNotRendered() throws Exception {
        HttpResponse<byte[]> response = get("/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(text(response)).isEqualTo("Not found\n");
    }

    @Test
    void pathThatClimbsOutOfTheSiteFindsNothing() throws Exception {
        String response = rawGet("/feeds/../../etc/passwd");

        assertThat(response).startsWith("HTTP/1.1 404 ");
        assertThat(response).doesNotContain("root:");
    }

    @Test
    void encodedClimbOutOfTheSiteFindsNothing() throws Exception {
        String response = rawGet("/feeds/%2e%2e/%2e%2e/etc/passwd");

        assertThat(response).startsWith("HTTP/1.1 404 ");
        assertThat(response).doesNotContain("root:");
    }

    @Test
    void dotSegmentsAreResolvedBeforeLookingUpThePath() throws Exception {
        String response = rawGet("/feeds/topics/../all.atom");

        assertThat(response).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void doesNotTellWhichServerItIs() throws Exception {
        HttpResponse<byte[]> response = get("/nope");

        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void servesANewSiteAsSoonAsItIsRendered() throws Exception {
        String before = file("/feeds/all.atom").etag();
        site.set(render("Weir, updated"));

        HttpResponse<byte[]> response = get("/feeds/all.atom");

        assertThat(header(response, "ETag")).isNotEqualTo(before);
        assertThat(text(response)).contains("Weir, updated");
    }

    @Test
    void healthIsOkJsonWithEverySource() throws Exception {
        HttpResponse<byte[]> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.has("configError")).isFalse();
        JsonNode source = json.get("sources").get(0);
        assertThat(source.get("name").asText()).isEqualTo("River Desk");
        assertThat(source.get("status").asText()).isEqualTo("ok");
        assertThat(source.get("lastSuccess").asText()).isEqualTo("2025-03-15T08:30:00Z");
        assertThat(source.get("failures").asInt()).isZero();
    }

    @Test
    void healthIsUnavailableWhenNotOkAndNamesTheConfigError() throws Exception {
        health.set(new HealthReport("config-error",
                Optional.of("tributary.yml:4:3: unknown topic 'rivr'"), List.of(HEALTHY, FAILING)));

        HttpResponse<byte[]> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("status").asText()).isEqualTo("config-error");
        assertThat(json.get("configError").asText()).isEqualTo("tributary.yml:4:3: unknown topic 'rivr'");
        JsonNode failing = json.get("sources").get(1);
        assertThat(failing.get("status").asText()).isEqualTo("error: connection refused");
        assertThat(failing.get("lastSuccess").isNull()).isTrue();
        assertThat(failing.get("failures").asInt()).isEqualTo(3);
    }

    @Test
    void failureInsideTheServerShowsNoStackTraceNorItsMessage() throws Exception {
        try (FeedServer broken = new FeedServer(0, failing(), health::get)) {
            broken.start();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + broken.port() + "/feeds/all.atom")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(text(response)).doesNotContain("secret-detail", "at io.tributary",
                    "Exception");
        }
    }

    @Test
    void requestJettyRejectsItselfShowsNoServerDetails() throws Exception {
        String response = rawGet("/feeds/%zz");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(response).doesNotContainIgnoringCase("jetty").doesNotContain("Caused by");
    }

    @Test
    void secondServerOnABusyPortFailsToStartWithTheReason() {
        FeedServer second = new FeedServer(server.port(), site::get, health::get);

        assertThatThrownBy(second::start)
                .isInstanceOf(IOException.class).hasMessageContaining(String.valueOf(server.port()));
    }

    private static Supplier<PublishedSite> failing() {
        return () -> {
            throw new IllegalStateException("secret-detail");
        };
    }

    /**
     * Sends the request line exactly as written: browsers and curl resolve dot segments before
     * sending, and the path that climbs out of the site must reach the server as an attacker
     * would send it. Also lets the test read the raw status line and error body.
     */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

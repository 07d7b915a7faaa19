package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.PublishedStory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** HTTP behaviour of the files issue 6 added: JSON Feed, OPML, topic pages and archive pages. */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewFileTypesServedTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private PublishedSite site;
    private FeedServer server;

    @BeforeAll
    void start() throws IOException {
        List<PublishedStory> newestFirst = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            newestFirst.add(Stories.story("s" + i, "Story " + i, List.of("climate")));
        }
        site = new SiteRenderer().render(config(2, topic("climate", "Climate")),
                new FakeStorySource(newestFirst), NOW);
        server = new FeedServer(0, () -> site, () -> new HealthReport("ok", Optional.empty(), List.of()));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @ParameterizedTest
    @CsvSource({
            "/feeds/all.json, application/feed+json; charset=utf-8, 'public, max-age=60'",
            "/feeds/topics/climate.json, application/feed+json; charset=utf-8, 'public, max-age=60'",
            "/feeds/sources.opml, text/x-opml; charset=utf-8, 'public, max-age=60'",
            "/feeds/topics.opml, text/x-opml; charset=utf-8, 'public, max-age=60'",
            "/topics/climate, text/html; charset=utf-8, 'public, max-age=60'",
            "/feeds/archive/0.atom, application/atom+xml; charset=utf-8, 'public, max-age=31536000, immutable'",
            "/feeds/archive/2.atom, application/atom+xml; charset=utf-8, 'public, max-age=60'",
            "/feeds/topics/climate/archive/1.atom, application/atom+xml; charset=utf-8, "
                    + "'public, max-age=31536000, immutable'"})
    void servesEachNewFileWithItsTypeCharsetAndCacheLifetime(String path, String type, String cache)
            throws Exception {
        HttpResponse<byte[]> response = send("GET", path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(site.file(path).orElseThrow().body());
        assertThat(header(response, "Content-Type")).isEqualTo(type);
        assertThat(header(response, "Cache-Control")).isEqualTo(cache);
        assertThat(header(response, "ETag")).isEqualTo(site.file(path).orElseThrow().etag());
        assertThat(header(response, "Last-Modified")).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"/feeds/all.json", "/feeds/topics.opml", "/feeds/archive/0.atom"})
    void answersAMatchingEtagWith304AndNoBody(String path) throws Exception {
        String etag = header(send("GET", path), "ETag");

        HttpResponse<byte[]> again = send("GET", path, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/feeds/all.json", "/feeds/sources.opml", "/topics/climate"})
    void answersIfModifiedSinceTheLastChangeWith304(String path) throws Exception {
        String lastModified = header(send("GET", path), "Last-Modified");

        assertThat(send("GET", path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void gzipsTheJsonFeedWhenAsked() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/feeds/all.json", "Accept-Encoding", "gzip");

        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(unzip.readAllBytes()).isEqualTo(site.file("/feeds/all.json").orElseThrow().body());
        }
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> head = send("HEAD", "/feeds/topics.opml");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length"))
                .isEqualTo(String.valueOf(site.file("/feeds/topics.opml").orElseThrow().body().length));
    }

    @Test
    void refusesPostToAFeedWith405() throws Exception {
        HttpResponse<byte[]> response = send("POST", "/feeds/all.json");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
    }

    @ParameterizedTest
    @CsvSource({"/feeds/archive/99.atom", "/topics/unknown", "/feeds/topics/climate/archive/x.atom"})
    void answersAnUnknownPageWith404AndNoTrace(String path) throws Exception {
        HttpResponse<byte[]> response = send("GET", path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Not found\n");
    }

    @Test
    void servesATopicPageUnderItsStaticNamesToo() throws Exception {
        byte[] page = site.file("/topics/climate").orElseThrow().body();

        assertThat(send("GET", "/topics/climate/").body()).isEqualTo(page);
        assertThat(send("GET", "/topics/climate/index.html").body()).isEqualTo(page);
    }
}

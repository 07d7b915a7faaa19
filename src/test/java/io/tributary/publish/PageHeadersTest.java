package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issue 9 item 6: the security headers the server sends with pages and feeds. */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageHeadersTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final String BARE_PAGE = "/bare";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final PublishedSite site = new SiteRenderer().render(config(10, topic("climate", "Climate")),
            new FakeStorySource(List.of(story("a", "Weir <b>open</b>", List.of("climate")))), NOW);
    private FeedServer server;

    @BeforeAll
    void start() throws IOException {
        server = new FeedServer(0, () -> site, () -> new HealthReport("ok", Optional.empty(), List.of()),
                Map.of(BARE_PAGE, () -> DynamicPage.ok("text/html; charset=utf-8",
                        "<!DOCTYPE html><p>bare</p>".getBytes(StandardCharsets.UTF_8))));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/topics/climate", "/topics/climate/"})
    void htmlPagesGetAStrictPolicyNoSniffAndNoReferrer(String path) throws Exception {
        HttpResponse<String> page = get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy")).isEqualTo("default-src 'none'; style-src '"
                + sha256(IndexPageStyle.of(page.body())) + "'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void policyAllowsExactlyTheStylesheetThePageCarries() throws Exception {
        HttpResponse<String> page = get("/");
        Document html = Jsoup.parse(page.body());

        assertThat(html.select("style")).hasSize(1);
        assertThat(html.select("[style], script, img, iframe, object, embed, link[rel=stylesheet]")).isEmpty();
        assertThat(header(page, "Content-Security-Policy"))
                .contains("'" + sha256(html.selectFirst("style").data()) + "'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void metaPolicyIsTheHeaderPolicyWithoutFraming() throws Exception {
        HttpResponse<String> page = get("/topics/climate");
        String meta = Jsoup.parse(page.body()).selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content");

        assertThat(header(page, "Content-Security-Policy")).isEqualTo(meta + "; frame-ancestors 'none'");
        assertThat(meta).doesNotContain("frame-ancestors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/all.atom", "/feeds/all.json", "/feeds/topics/climate.atom",
            "/feeds/topics/climate.json", "/feeds/sources.opml", "/feeds/topics.opml", "/health", "/nope"})
    void everyOtherAnswerIsNotSniffed(String path) throws Exception {
        HttpResponse<String> answer = get(path);

        assertThat(header(answer, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(header(answer, "Content-Type")).as(path).doesNotStartWith("text/html");
    }

    @Test
    void htmlAnswerWithoutAPolicyOfItsOwnMayLoadNothingAtAll() throws Exception {
        HttpResponse<String> page = get(BARE_PAGE);

        assertThat(header(page, "Content-Security-Policy"))
                .isEqualTo("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The text of the page's one {@code <style>} element, exactly as the browser hashes it. */
    private static final class IndexPageStyle {
        static String of(String html) {
            int open = html.indexOf("<style>");
            int close = html.indexOf("</style>", open);
            return html.substring(open + "<style>".length(), close);
        }
    }
}

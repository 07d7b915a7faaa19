package io.tributary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tributary.config.Config;
import io.tributary.config.ConfigLoader;
import io.tributary.pipeline.River;
import io.tributary.publish.AtomSchema;
import io.tributary.publish.FeedServer;
import io.tributary.publish.LiveSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole river on three WireMock sources (RSS 2.0, Atom, broken): {@code poll}, then the
 * published Atom as a reader fetches it.
 */
class EndToEndTest {
    @TempDir
    Path work;

    private WireMockServer sources;
    private Path config;

    @BeforeEach
    void startSources() throws IOException {
        sources = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        sources.start();
        serve("/harbour.rss", "e2e/harbour-news.rss", "application/rss+xml");
        serve("/coastal.atom", "e2e/coastal-wire.atom", "application/atom+xml");
        serve("/broken.xml", "e2e/broken.xml", "application/xml");
        config = work.resolve("tributary.yml");
        Files.writeString(config, """
                title: "End to end"
                base-url: "http://feeds.test"
                server: { port: 0 }
                store: { url: "jdbc:hsqldb:file:%s" }
                poll: { interval: 5m, threads: 1, timeout: 10s }
                publish: { entries: 50 }
                topics:
                  - name: maritime
                    keywords: [ferry, harbour]
                  - name: press-freedom
                    label: "Press freedom"
                    keywords: [reporter, journalist]
                  - name: weather
                    keywords: [storm, flood]
                sources:
                  - name: "Harbour News"
                    url: "%s/harbour.rss"
                    topics: [maritime]
                  - name: "Coastal Wire"
                    url: "%s/coastal.atom"
                  - name: "Broken Feed"
                    url: "%s/broken.xml"
                """.formatted(work.resolve("store/tributary"), sources.baseUrl(), sources.baseUrl(), sources.baseUrl()));
    }

    @AfterEach
    void stopSources() {
        sources.stop();
    }

    @Test
    void pollStoresEveryGoodSourceAndReportsTheBrokenOne() {
        Run poll = poll();
        assertThat(poll.exit()).isZero();
        assertThat(poll.out()).containsPattern("ok\\s+Harbour News\\s+new\\s+2\\s+updated\\s+0\\s+duplicate\\s+0");
        assertThat(poll.out()).containsPattern("ok\\s+Coastal Wire\\s+new\\s+1\\s+updated\\s+0\\s+duplicate\\s+1");
        assertThat(poll.out()).containsPattern("invalid: .*Broken Feed");
        assertThat(poll.out()).contains("total: 3 sources, 1 failed; new 3, updated 0, duplicate 1");
    }

    @Test
    void publishedFeedHoldsEachStoryOnceCleanedAndTagged() throws Exception {
        assertThat(poll().exit()).isZero();
        String atom = allAtom();

        assertThat(count(atom, "<entry>")).isEqualTo(3);
        assertThat(atom).doesNotContain("<script").doesNotContain("&lt;script").doesNotContain("utm_")
                .doesNotContain("onmouseover").doesNotContain("pixel.gif");
        String shared = entryWithTitle(atom, "Court orders release of detained reporter");
        assertThat(shared).contains("Harbour News").contains("Coastal Wire");
        assertThat(shared).contains("term=\"press-freedom\"").contains("term=\"maritime\"")
                .contains("scheme=\"http://feeds.test/topics/\"");
        assertThat(entryWithTitle(atom, "Storm season starts early")).contains("term=\"weather\"");
        assertThat(atom).doesNotContain("Reporter freed by court order");
    }

    @Test
    void publishedFeedsAreValidAtom() throws Exception {
        assertThat(poll().exit()).isZero();
        allAtom();
        try (var files = Files.walk(work.resolve("out"))) {
            for (Path feed : files.filter(file -> file.toString().endsWith(".atom")).toList()) {
                assertThat(AtomSchema.errors(Files.readAllBytes(feed))).as(feed.toString()).isEmpty();
            }
        }
    }

    @Test
    void idsStayTheSameAfterASecondPoll() throws Exception {
        assertThat(poll().exit()).isZero();
        List<String> first = ids(allAtom());
        Run second = poll();
        assertThat(second.out()).contains("new 0, updated 0, duplicate 0");
        assertThat(ids(allAtom())).isEqualTo(first).hasSize(3).allMatch(id -> id.startsWith("tag:feeds.test,"));
    }

    @Test
    void serverAnswersARepeatedRequestWithTheEtagWithNotModified() throws Exception {
        assertThat(poll().exit()).isZero();
        Config loaded = new ConfigLoader().load(config);
        try (River river = River.open(loaded, Clock.systemUTC())) {
            LiveSite site = new LiveSite(river::render, river::changeCount, Optional.empty());
            try (FeedServer server = new FeedServer(0, site::current, river::health)) {
                server.start();
                HttpClient http = HttpClient.newHttpClient();
                URI feed = URI.create("http://127.0.0.1:" + server.port() + "/feeds/all.atom");
                HttpResponse<String> first = http.send(HttpRequest.newBuilder(feed).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(first.statusCode()).isEqualTo(200);
                String etag = first.headers().firstValue("ETag").orElseThrow();
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(again.statusCode()).isEqualTo(304);
                assertThat(again.body()).isEmpty();

                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("Broken Feed").contains("invalid");
            }
        }
    }

    private Run poll() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Tributary.execute(new PrintWriter(out), new PrintWriter(err), "poll", "--config", config.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    private String allAtom() throws Exception {
        Path out = work.resolve("out");
        StringWriter ignored = new StringWriter();
        int exit = Tributary.execute(new PrintWriter(ignored), new PrintWriter(ignored),
                "publish", "--out", out.toString(), "--config", config.toString());
        assertThat(exit).isZero();
        return Files.readString(out.resolve("all.atom"), StandardCharsets.UTF_8);
    }

    private void serve(String path, String resource, String contentType) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            sources.stubFor(get(urlEqualTo(path)).willReturn(aResponse()
                    .withHeader("Content-Type", contentType).withBody(in.readAllBytes())));
        }
    }

    private static String entryWithTitle(String atom, String title) {
        for (String entry : atom.split("<entry>")) {
            if (entry.contains(">" + title + "<")) {
                return entry.substring(0, entry.indexOf("</entry>"));
            }
        }
        throw new AssertionError("no entry titled " + title);
    }

    private static List<String> ids(String atom) {
        Matcher matcher = Pattern.compile("<entry>\\s*<id>([^<]+)</id>").matcher(atom);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private record Run(int exit, String out, String err) {
    }
}

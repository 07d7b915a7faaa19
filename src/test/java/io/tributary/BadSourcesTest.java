package io.tributary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tributary.config.ConfigLoader;
import io.tributary.pipeline.River;
import io.tributary.publish.HealthReport;
import io.tributary.publish.PublishedSite;
import io.tributary.store.SourceHealth;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources that answer 404, 500, an HTML page, malformed XML or an external-entity trick each get
 * a clear status in {@code poll}'s output and on {@code /health}, while a good source polled in the
 * same run is stored and published normally.
 */
class BadSourcesTest {
    private static final String SECRET = "tributary-secret-marker-7f3a";

    @TempDir
    Path work;

    private WireMockServer sources;

    @BeforeEach
    void startSources() throws IOException {
        sources = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        sources.start();
        Path secretFile = work.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
        sources.stubFor(get(urlEqualTo("/good.rss")).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withBody(resource("e2e/harbour-news.rss"))));
        sources.stubFor(get(urlEqualTo("/missing.xml")).willReturn(aResponse().withStatus(404)));
        sources.stubFor(get(urlEqualTo("/crashing.xml")).willReturn(aResponse().withStatus(500)));
        sources.stubFor(get(urlEqualTo("/page.html")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody(resource("e2e/bad/html-page.html"))));
        sources.stubFor(get(urlEqualTo("/broken.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(resource("e2e/broken.xml"))));
        String xxe = new String(resource("e2e/bad/xxe-local-file.xml"), StandardCharsets.UTF_8)
                .replace("SECRET_FILE_URL", secretFile.toUri().toString());
        sources.stubFor(get(urlEqualTo("/xxe.xml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(xxe)));
    }

    @AfterEach
    void stopSources() {
        sources.stop();
    }

    @Test
    void everyBadSourceGetsAClearStatusAndTheGoodOneIsStored() throws Exception {
        Path config = config("""
                  - { name: "Good", url: "%1$s/good.rss" }
                  - { name: "Missing", url: "%1$s/missing.xml" }
                  - { name: "Crashing", url: "%1$s/crashing.xml" }
                  - { name: "Web page", url: "%1$s/page.html" }
                  - { name: "Broken", url: "%1$s/broken.xml" }
                  - { name: "Entity trick", url: "%1$s/xxe.xml" }
                """.formatted(sources.baseUrl()));
        Run poll = run("poll", "--config", config.toString());

        assertThat(poll.exit()).isZero();
        assertThat(poll.out()).containsPattern("ok\\s+Good\\s+new\\s+2")
                .containsPattern("error: HTTP 404\\s+Missing")
                .containsPattern("error: HTTP 500\\s+Crashing")
                .containsPattern("not-a-feed: .*\\s+Web page")
                .containsPattern("invalid: .*\\s+Broken")
                .containsPattern("invalid: .*DOCTYPE.*\\s+Entity trick")
                .contains("total: 6 sources, 5 failed; new 2");
        assertThat(poll.out() + poll.err()).doesNotContain(SECRET);

        try (River river = River.open(new ConfigLoader().load(config), Clock.systemUTC())) {
            HealthReport health = river.health();
            Map<String, String> statuses = health.sources().stream()
                    .collect(Collectors.toMap(SourceHealth::name, SourceHealth::status));
            assertThat(statuses.get("Good")).isEqualTo("ok");
            assertThat(statuses.get("Missing")).isEqualTo("error: HTTP 404");
            assertThat(statuses.get("Web page")).startsWith("not-a-feed");
            assertThat(statuses.get("Entity trick")).startsWith("invalid");
            PublishedSite site = river.render();
            String all = new String(site.file(PublishedSite.ALL_FEED).orElseThrow().body(), StandardCharsets.UTF_8);
            assertThat(all).contains("Ferry workers strike").doesNotContain(SECRET).doesNotContain("Entity trick");
        }
    }

    @Test
    void pollExitsOneWhenEverySourceFailed() throws Exception {
        Path config = config("""
                  - { name: "Missing", url: "%1$s/missing.xml" }
                  - { name: "Crashing", url: "%1$s/crashing.xml" }
                """.formatted(sources.baseUrl()));
        assertThat(run("poll", "--config", config.toString()).exit()).isEqualTo(1);
    }

    @Test
    void pollExitsTwoOnABadConfigAndPrintsWhere() throws Exception {
        Path config = work.resolve("bad.yml");
        Files.writeString(config, "sources:\n  - { name: \"No URL\" }\n");
        Run poll = run("poll", "--config", config.toString());
        assertThat(poll.exit()).isEqualTo(2);
        assertThat(poll.err()).contains(config + ":2:5: ");
    }

    private Path config(String sourceLines) throws IOException {
        Path config = work.resolve("tributary.yml");
        Files.writeString(config, """
                title: "Bad sources"
                base-url: "http://feeds.test"
                store: { url: "jdbc:hsqldb:file:%s" }
                poll: { threads: 2, timeout: 10s }
                sources:
                %s""".formatted(work.resolve("store/t"), sourceLines));
        return config;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Tributary.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private record Run(int exit, String out, String err) {
    }
}

package io.tributary.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tributary.config.BoilerplateRules;
import io.tributary.config.Config;
import io.tributary.config.DataSize;
import io.tributary.config.FetchOverrides;
import io.tributary.config.PollSettings;
import io.tributary.config.PublishSettings;
import io.tributary.config.ServerSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.store.PublishedStory;
import io.tributary.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spine's parse-and-clean edges: recovered status, per-source boilerplate, full content. */
class SourcePollerCleaningTest {
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        serve("/teasers.rss", text("/pipeline/teasers.rss").replace("@BASE@", server.baseUrl()), "application/rss+xml");
        serve("/entities.rss", text("/pipeline/entities.rss"), "application/rss+xml");
        serve("/news/barrier-test", text("/clean/article-page.html"), "text/html; charset=utf-8");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void reportsARepairedFeedAsOkRecovered() throws Exception {
        SourceConfig source = source("Quay Notes", "/entities.rss", false, BoilerplateRules.NONE);
        try (River river = river(source)) {
            assertThat(river.poll(source).status()).isEqualTo("ok (recovered)");
            assertThat(latest(river).title()).isEqualTo("Harbour fees — revised");
        }
    }

    @Test
    void replacesATeaserWithTheArticleForAFullContentSource() throws Exception {
        SourceConfig source = source("Valley Courier", "/teasers.rss", true, BoilerplateRules.NONE);
        try (River river = river(source)) {
            assertThat(river.poll(source).status()).isEqualTo("ok");
            PublishedStory story = latest(river);
            assertThat(story.contentHtml()).contains("Engineers had warned", "The council will publish")
                    .contains("src=\"" + server.baseUrl() + "/images/barrier-night.jpg\"")
                    .doesNotContain("Most read", "Good news at last", "Related stories");
            assertThat(story.summary()).startsWith("The new barrier held.");
        }
    }

    @Test
    void keepsTheTeaserForASourceWithoutFullContent() throws Exception {
        SourceConfig source = source("Valley Courier", "/teasers.rss", false, BoilerplateRules.NONE);
        try (River river = river(source)) {
            river.poll(source);
            assertThat(latest(river).contentHtml()).startsWith("The new barrier held.").doesNotContain("Engineers");
        }
    }

    @Test
    void appliesTheSourcesOwnBoilerplateRules() throws Exception {
        SourceConfig source = source("Valley Courier", "/teasers.rss", false,
                new BoilerplateRules(List.of(".promo"), List.of(), List.of()));
        try (River river = river(source)) {
            river.poll(source);
            assertThat(latest(river).contentHtml()).isEqualTo("The new barrier held.");
        }
    }

    private SourceConfig source(String name, String path, boolean fullContent, BoilerplateRules rules) {
        return new SourceConfig(name, URI.create(server.baseUrl() + path), List.of(), Duration.ofMinutes(15), 0,
                FetchOverrides.NONE, Map.of(), List.of(), fullContent, rules, false);
    }

    private static River river(SourceConfig source) throws StoreException {
        Config config = new Config(Path.of("test.yml"), "Test", URI.create("http://feeds.test"),
                new ServerSettings(0), new StoreSettings("jdbc:hsqldb:mem:poller-" + UUID.randomUUID(), "SA", ""),
                new PollSettings(Duration.ofMinutes(5), 1, Duration.ofSeconds(5), Duration.ofSeconds(10),
                        DataSize.ofMegabytes(5)),
                new PublishSettings(50, Optional.empty()), List.of(), List.of(source));
        return River.open(config, Clock.systemUTC());
    }

    private static PublishedStory latest(River river) throws StoreException {
        return river.store().latest(1, Optional.empty()).get(0);
    }

    private void serve(String path, String body, String type) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", type).withBody(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String text(String resource) {
        try (InputStream in = SourcePollerCleaningTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

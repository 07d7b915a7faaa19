package io.tributary.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** WebSub publishing, with WireMock standing in for the hub. */
@Timeout(60)
class HubNotifierTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final Config CONFIG = config(10, topic("climate", "Climate"), topic("rivers", "Rivers"));

    private final WireMockServer hub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private HubNotifier notifier;

    @BeforeEach
    void start() {
        hub.start();
        hub.stubFor(post(urlEqualTo("/publish")).willReturn(aResponse().withStatus(204)));
        notifier = new HubNotifier(List.of(URI.create(hub.baseUrl() + "/publish")), Configs.BASE, "Tributary/test");
    }

    @AfterEach
    void stop() {
        notifier.close();
        hub.stop();
    }

    private static PublishedSite site(String... climateTitles) {
        List<io.tributary.store.PublishedStory> stories = new java.util.ArrayList<>();
        for (int i = 0; i < climateTitles.length; i++) {
            stories.add(Stories.story("c" + i, climateTitles[i], List.of("climate")));
        }
        return new SiteRenderer().render(CONFIG, new FakeStorySource(stories), NOW);
    }

    private List<String> notifiedUrls() {
        return hub.findAll(postRequestedFor(urlEqualTo("/publish"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8))
                .sorted().toList();
    }

    @Test
    void postsPublishForEachChangedFeedOnceTheSiteIsRenderedAgain() {
        AtomicReference<PublishedSite> next = new AtomicReference<>(site("Dry spell"));
        AtomicLong changes = new AtomicLong();
        LiveSite live = new LiveSite(next::get, changes::get, Optional.empty(), notifier);
        live.current();

        next.set(site("Dry spell", "Storm on the coast"));
        changes.incrementAndGet();
        live.refresh();
        notifier.close();

        hub.verify(postRequestedFor(urlEqualTo("/publish"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("hub.mode=publish")));
        assertThat(notifiedUrls()).containsExactly(
                "hub.mode=publish&hub.url=" + Configs.BASE + "/feeds/all.atom",
                "hub.mode=publish&hub.url=" + Configs.BASE + "/feeds/all.json",
                "hub.mode=publish&hub.url=" + Configs.BASE + "/feeds/topics/climate.atom",
                "hub.mode=publish&hub.url=" + Configs.BASE + "/feeds/topics/climate.json");
    }

    @Test
    void leavesTheHubAloneWhenNothingChanged() {
        LiveSite live = new LiveSite(() -> site("Dry spell"), () -> 1, Optional.empty(), notifier);
        live.current();
        live.refresh();
        notifier.close();

        assertThat(hub.findAll(postRequestedFor(urlEqualTo("/publish")))).isEmpty();
    }

    @Test
    void neverNotifiesArchivePagesOrPages() {
        List<String> urls = notifier.changedFeeds(Optional.of(PublishedSite.empty()), site("Dry spell"));

        assertThat(urls).isNotEmpty().allMatch(url -> url.endsWith(".atom") || url.endsWith(".json"))
                .noneMatch(url -> url.contains("/archive/"));
    }

    @Test
    void theFirstRenderingNotifiesNothing() {
        assertThat(notifier.changedFeeds(Optional.empty(), site("Dry spell"))).isEmpty();
    }

    @Test
    void aFailingHubDoesNotStopTheSite() {
        hub.stubFor(post(urlEqualTo("/publish")).willReturn(aResponse().withStatus(500)));
        AtomicReference<PublishedSite> next = new AtomicReference<>(site("Dry spell"));
        AtomicLong changes = new AtomicLong();
        LiveSite live = new LiveSite(next::get, changes::get, Optional.empty(), notifier);
        live.current();

        next.set(site("Flood"));
        changes.incrementAndGet();
        live.refresh();

        assertThat(new String(live.current().file("/feeds/all.atom").orElseThrow().body(), StandardCharsets.UTF_8))
                .contains("Flood");
    }
}

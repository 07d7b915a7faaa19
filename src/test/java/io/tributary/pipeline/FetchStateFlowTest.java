package io.tributary.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tributary.pipeline.PollerRig.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tributary.config.BoilerplateRules;
import io.tributary.config.DataSize;
import io.tributary.config.FetchOverrides;
import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchState;
import io.tributary.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a poll remembers and how it holds back later polls (issue 3, items 1-5 and 8), against WireMock. */
class FetchStateFlowTest {
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    private PollerRig rig;

    @BeforeEach
    void open() throws StoreException {
        rig = new PollerRig();
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aPermanentRedirectMakesTheNewUrlTheOneToPoll() throws StoreException {
        redirect("/old", "/new", 301);
        feedAt("/new");
        SourceConfig source = source("Locks", "/old");

        assertThat(rig.poller.poll(source).status()).isEqualTo("ok");
        rig.poller.poll(source);

        server.verify(1, getRequestedFor(urlEqualTo("/old")));
        server.verify(2, getRequestedFor(urlEqualTo("/new")));
        assertThat(rig.store.fetchState("Locks").effectiveUrl()).contains(url("/new"));
        assertThat(rig.store.sourceHealth().get(0).status()).contains("moved to " + url("/new"))
                .contains("update the config");
    }

    @Test
    void aTemporaryRedirectKeepsTheConfiguredUrl() throws StoreException {
        redirect("/old", "/new", 302);
        feedAt("/new");
        SourceConfig source = source("Locks", "/old");

        rig.poller.poll(source);
        rig.poller.poll(source);

        server.verify(2, getRequestedFor(urlEqualTo("/old")));
        assertThat(rig.store.fetchState("Locks").effectiveUrl()).isEmpty();
    }

    @Test
    void aRedirectLoopIsTooManyRedirects() throws StoreException {
        redirect("/ping", "/pong", 301);
        redirect("/pong", "/ping", 301);

        assertThat(rig.poller.poll(source("Loop", "/ping")).status()).isEqualTo("error: too many redirects");
    }

    @Test
    void aGoneSourceIsNotPolledAgain() throws StoreException {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(410)));
        SourceConfig source = source("Closed", "/gone");

        assertThat(rig.poller.poll(source).status()).isEqualTo("gone: HTTP 410");
        rig.clock.set(T0.plus(Duration.ofDays(30)));
        PollReport second = rig.poller.poll(source);

        assertThat(second.status()).startsWith("gone");
        server.verify(1, getRequestedFor(urlEqualTo("/gone")));
        assertThat(rig.store.sourceHealth().get(0).status()).isEqualTo("gone: HTTP 410");
    }

    @Test
    void aGoneSourceIsPolledAgainOnceItsConfigEntryChanges() throws StoreException {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(410)));
        rig.poller.poll(source("Closed", "/gone"));
        SourceConfig edited = withOverrides(source("Closed", "/gone"), new FetchOverrides(
                Map.of("X-Token", "new"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        rig.poller.poll(edited);

        server.verify(2, getRequestedFor(urlEqualTo("/gone")));
    }

    @Test
    void retryAfterInSecondsHoldsTheSourceBackUntilThen() throws StoreException {
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7200")));
        SourceConfig source = source("Busy", "/busy");
        rig.poller.poll(source);

        rig.clock.set(T0.plus(Duration.ofMinutes(119)));
        PollReport held = rig.poller.poll(source);
        server.verify(1, getRequestedFor(urlEqualTo("/busy")));
        assertThat(held.status()).startsWith("waiting until 2026-03-01T14:00:00Z");

        rig.clock.set(T0.plus(Duration.ofMinutes(120)));
        rig.poller.poll(source);
        server.verify(2, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void retryAfterAsAnHttpDateHoldsTheSourceBackUntilThen() throws StoreException {
        Instant until = T0.plus(Duration.ofHours(3));
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(ZoneOffset.UTC)))));
        SourceConfig source = source("Busy", "/busy");

        assertThat(rig.poller.poll(source).status()).startsWith("rate-limited");

        assertThat(rig.store.fetchState("Busy").nextAttempt()).contains(until);
        rig.clock.set(until.minusSeconds(1));
        rig.poller.poll(source);
        server.verify(1, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void aFailureBacksOffTwiceTheIntervalAndASuccessResetsIt() throws StoreException {
        server.stubFor(get("/flaky").willReturn(aResponse().withStatus(500)));
        SourceConfig source = source("Flaky", "/flaky");
        rig.poller.poll(source);
        assertThat(rig.store.fetchState("Flaky").nextAttempt()).contains(T0.plus(INTERVAL.multipliedBy(2)));

        rig.clock.set(T0.plus(INTERVAL));
        rig.poller.poll(source);
        server.verify(1, getRequestedFor(urlEqualTo("/flaky")));

        feedAt("/flaky");
        rig.clock.set(T0.plus(INTERVAL.multipliedBy(2)));
        assertThat(rig.poller.poll(source).status()).isEqualTo("ok");
        FetchState after = rig.store.fetchState("Flaky");
        assertThat(after.failures()).isZero();
        assertThat(after.nextAttempt()).isEmpty();
        assertThat(after.lastError()).isEmpty();
    }

    @Test
    void failuresInARowBackOffFurtherAndFurther() throws StoreException {
        server.stubFor(get("/down").willReturn(aResponse().withStatus(502)));
        SourceConfig source = source("Down", "/down");
        rig.poller.poll(source);
        rig.clock.set(T0.plus(INTERVAL.multipliedBy(2)));
        rig.poller.poll(source);

        assertThat(rig.store.fetchState("Down").nextAttempt())
                .contains(T0.plus(INTERVAL.multipliedBy(2)).plus(INTERVAL.multipliedBy(4)));
        assertThat(rig.store.fetchState("Down").failures()).isEqualTo(2);
        assertThat(rig.store.fetchState("Down").lastError()).contains("HTTP 502");
    }

    @Test
    void oneRateLimitedSourceLeavesTheRestOfItsHostAlone() throws StoreException {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
        feedAt("/c");

        rig.poller.poll(source("A", "/a"));
        rig.poller.poll(source("C", "/c"));

        server.verify(1, getRequestedFor(urlEqualTo("/c")));
    }

    @Test
    void severalRateLimitedSourcesSlowTheirWholeHostDown() throws StoreException {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
        server.stubFor(get("/b").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "900")));
        feedAt("/c");

        rig.poller.poll(source("A", "/a"));
        rig.poller.poll(source("B", "/b"));
        PollReport held = rig.poller.poll(source("C", "/c"));

        assertThat(held.status()).contains("asked several sources to slow down");
        server.verify(0, getRequestedFor(urlEqualTo("/c")));
        rig.clock.set(T0.plusSeconds(600));
        rig.poller.poll(source("C", "/c"));
        server.verify(1, getRequestedFor(urlEqualTo("/c")));
    }

    @Test
    void anHtmlPageLeadsToItsFeedWhichBecomesTheEffectiveUrl() throws StoreException {
        server.stubFor(get("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody(PollerRig.fixture("page-with-feed-link.html"))));
        feedAt("/feed.rss");
        SourceConfig source = source("Site", "/");

        PollReport first = rig.poller.poll(source);
        rig.poller.poll(source);

        assertThat(first.status()).isEqualTo("ok");
        assertThat(first.fresh()).isEqualTo(2);
        assertThat(rig.store.fetchState("Site").effectiveUrl()).contains(url("/feed.rss"));
        server.verify(1, getRequestedFor(urlEqualTo("/")));
        server.verify(2, getRequestedFor(urlEqualTo("/feed.rss")));
    }

    @Test
    void aBodyCutAtTheSourcesOwnLimitIsTooLarge() throws StoreException {
        feedAt("/feed");
        SourceConfig source = withOverrides(source("Big", "/feed"), new FetchOverrides(Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new DataSize(300))));

        assertThat(rig.poller.poll(source).status()).startsWith("too-large");
    }

    @Test
    void keepsTheEntriesBeforeTheCutOfABodyThatIsTooLarge() throws StoreException {
        String feed = PollerRig.fixture("cut-feed.rss");
        server.stubFor(get("/cut").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody(feed)));
        // the limit falls inside the sixth item
        int cut = feed.indexOf("<title>Market square") + 10;
        SourceConfig source = withOverrides(source("Quay", "/cut"), new FetchOverrides(Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new DataSize(cut))));

        assertThat(rig.poller.poll(source).status()).startsWith("too-large");
        assertThat(rig.store.latest(10, Optional.empty())).extracting(story -> story.title())
                .containsExactlyInAnyOrder("Harbour crane returns to service", "Library opens its doors on Sundays",
                        "Cyclists get a new river path", "School kitchens switch to local flour",
                        "Night buses added to the airport route");
    }

    @Test
    void theHttpCharsetDecidesHowTheFeedIsRead() throws StoreException {
        server.stubFor(get("/cafe").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=ISO-8859-1")
                .withBody(PollerRig.bytes("latin1-no-declaration.rss"))));

        rig.poller.poll(source("Cafe", "/cafe"));

        assertThat(rig.store.latest(10, Optional.empty()).get(0).title()).isEqualTo("Crêpes today");
    }

    private static SourceConfig source(String name, String path) {
        return new SourceConfig(name, url(path), List.of(), INTERVAL);
    }

    private static SourceConfig withOverrides(SourceConfig source, FetchOverrides fetch) {
        return new SourceConfig(source.name(), source.url(), source.topics(), source.interval(), 0, fetch, Map.of(),
                List.of(), false, BoilerplateRules.NONE, false);
    }

    private static void feedAt(String path) {
        server.stubFor(get(path).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody(PollerRig.fixture("small-feed.rss"))));
    }

    private static void redirect(String from, String to, int status) {
        server.stubFor(get(from).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }
}

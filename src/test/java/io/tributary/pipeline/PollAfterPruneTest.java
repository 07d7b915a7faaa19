package io.tributary.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.tributary.pipeline.PollerRig.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tributary.config.SourceConfig;
import io.tributary.store.PruneReport;
import io.tributary.store.PublishedStory;
import io.tributary.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retention and polling together: an entry removed for its age stays removed while its feed still
 * lists it, instead of coming back as a new story with a new id (and being removed again the next
 * day). Only a whole feed that no longer lists it lets it be new again.
 */
class PollAfterPruneTest {
    private static final String NEWEST = "Episode 40: the new sluice";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    private PollerRig rig;
    private SourceConfig source;

    @BeforeEach
    void open() throws StoreException {
        rig = new PollerRig();
        source = new SourceConfig("Marsh Radio", URI.create(server.baseUrl() + "/marsh.rss"), List.of(),
                Duration.ofMinutes(15));
        serve("back-catalogue.rss");
        assertThat(rig.poller.poll(source).fresh()).isEqualTo(3);
        PruneReport pruned = rig.store.prune(T0.minus(Duration.ofDays(30)), 100_000, 1, List.of());
        assertThat(pruned.stories()).isEqualTo(2);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void anEntryPrunedForItsAgeButStillInItsFeedIsNotStoredAgain() throws StoreException {
        PollReport again = rig.poller.poll(source);

        assertThat(again.status()).isEqualTo("ok");
        assertThat(again.fresh()).isZero();
        assertThat(again.duplicates()).isZero();
        assertThat(titles()).containsExactly(NEWEST);
    }

    @Test
    void anEntryTheWholeFeedStoppedListingForAWeekIsNewWhenItIsListedAgain() throws StoreException {
        assertThat(servedTwice("back-catalogue-newest-only.rss", Duration.ofDays(8))).isEqualTo("ok");

        serve("back-catalogue.rss");
        PollReport relisted = rig.poller.poll(source);

        assertThat(relisted.fresh()).isEqualTo(2);
        assertThat(titles()).hasSize(3);
    }

    @Test
    void aFeedServedShortForADayForgetsNoPrunedEntry() throws StoreException {
        servedTwice("back-catalogue-newest-only.rss", Duration.ofDays(1));

        assertTheBackCatalogueStaysOut();
    }

    @Test
    void anEmptyFeedForgetsNoPrunedEntry() throws StoreException {
        assertThat(servedTwice("back-catalogue-empty.rss", Duration.ofDays(8))).isEqualTo("ok");

        assertTheBackCatalogueStaysOut();
    }

    @Test
    void aCutOffFeedForgetsNoPrunedEntry() throws StoreException {
        serve("back-catalogue-cut.rss");
        assertThat(rig.poller.poll(source).status()).isEqualTo("ok (recovered)");

        assertTheBackCatalogueStaysOut();
    }

    /**
     * Serves {@code fixture} and polls it now and again {@code later} after the start.
     *
     * @return the first poll's status
     */
    private String servedTwice(String fixture, Duration later) throws StoreException {
        serve(fixture);
        String first = rig.poller.poll(source).status();
        rig.clock.set(T0.plus(later));
        rig.poller.poll(source);
        return first;
    }

    /** The whole feed again: its two pruned episodes are still left out. */
    private void assertTheBackCatalogueStaysOut() throws StoreException {
        serve("back-catalogue.rss");
        PollReport whole = rig.poller.poll(source);

        assertThat(whole.fresh()).isZero();
        assertThat(titles()).containsExactly(NEWEST);
    }

    private void serve(String fixture) {
        server.stubFor(get(urlEqualTo("/marsh.rss")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(PollerRig.bytes(fixture))));
    }

    private List<String> titles() throws StoreException {
        return rig.store.latest(100, Optional.empty()).stream().map(PublishedStory::title).toList();
    }
}

package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.store.StoreFixture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tributary.schedule.ClusteredSchedulerTest.source;
import static org.assertj.core.api.Assertions.assertThat;

class SourceListAgreementTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private StoreFixture.FreshDatabase database;
    private Store store;
    private SourceListAgreement agreement;

    @BeforeEach
    void open() throws StoreException {
        database = StoreFixture.HSQLDB.fresh();
        store = Store.open(database.settings());
        agreement = new SourceListAgreement(store);
    }

    @AfterEach
    void close() {
        store.close();
        database.close();
    }

    @Test
    void findsNothingToSayWhenNodesListTheSameSourcesInAnyOrder() throws StoreException {
        agreement.check("a", List.of(source("Alpha", 60), source("Beta", 60)), NOW);

        assertThat(agreement.check("b", List.of(source("Beta", 30), source("Alpha", 60)), NOW)).isEmpty();
    }

    @Test
    void namesTheSourcesOnlyOneNodeLists() throws StoreException {
        agreement.check("a", List.of(source("Alpha", 60), source("Beta", 60)), NOW);

        List<String> said = agreement.check("b", List.of(source("Alpha", 60), source("Gamma", 60)), NOW);

        assertThat(said).singleElement().asString()
                .contains("node b and node a")
                .contains("only here: Gamma <https://gamma.example.org/feed.xml>")
                .contains("only there: Beta <https://beta.example.org/feed.xml>");
    }

    @Test
    void tellsASourceMovedToAnotherUrlApart() throws StoreException {
        agreement.check("a", List.of(source("Alpha", 60)), NOW);
        SourceConfig moved = new SourceConfig("Alpha", URI.create("https://alpha.example.org/other.xml"), List.of(),
                Duration.ofMinutes(1));

        assertThat(agreement.check("b", List.of(moved), NOW)).singleElement().asString()
                .contains("only here: Alpha <https://alpha.example.org/other.xml>");
    }

    @Test
    void doesNotCompareANodeWithItsOwnEarlierStart() throws StoreException {
        agreement.check("a", List.of(source("Alpha", 60)), NOW);

        assertThat(agreement.check("a", List.of(source("Beta", 60)), NOW.plusSeconds(60))).isEmpty();
    }
}

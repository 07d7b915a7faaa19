package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.fetch.FetchState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class SourceStateTest {
    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T1 = T0.plusSeconds(900);
    private static final Instant T2 = T1.plusSeconds(900);
    private static final SourceConfig ALPHA = Poller.source("Alpha");

    private StoreSettings settings;
    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        database = fixture.fresh();
        settings = database.settings();
        store = Store.open(settings);
        poller = new Poller(store);
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(store, database);
    }

    @Test
    void givesTheInitialStateForAnUnknownSource() throws StoreException {
        assertThat(store.fetchState("Nobody")).isEqualTo(FetchState.initial());
    }

    @Test
    void remembersValidatorsAndEffectiveUrl() throws StoreException {
        FetchState state = new FetchState(Optional.of("\"v1\""), Optional.of("Sun, 01 Mar 2026 11:00:00 GMT"),
                Optional.of(URI.create("https://moved.example.org/feed")), Optional.empty(), 0, Optional.empty());

        finish(new SourceUpdate(ALPHA.url(), state, "ok", Optional.empty(), Optional.empty(), Optional.empty(),
                T0, 10, true));

        assertThat(store.fetchState("Alpha")).isEqualTo(new FetchState(Optional.of("\"v1\""),
                Optional.of("Sun, 01 Mar 2026 11:00:00 GMT"), Optional.of(URI.create("https://moved.example.org/feed")),
                Optional.of("ok"), 0, Optional.of(T0)));
    }

    @Test
    void countsFailuresInARowAndResetsThemOnSuccess() throws StoreException {
        finish(failure(T0));
        finish(failure(T1));
        assertThat(store.fetchState("Alpha").failures()).isEqualTo(2);
        assertThat(store.fetchState("Alpha").lastStatus()).contains("error: HTTP 500");
        assertThat(store.fetchState("Alpha").lastSuccess()).isEmpty();

        finish(Poller.ok(ALPHA, T2));

        assertThat(store.fetchState("Alpha").failures()).isZero();
        assertThat(store.fetchState("Alpha").lastSuccess()).contains(T2);
    }

    @Test
    void keepsTheLastSuccessThroughAFailure() throws StoreException {
        finish(Poller.ok(ALPHA, T0));

        finish(failure(T1));

        assertThat(store.fetchState("Alpha").lastSuccess()).contains(T0);
    }

    @Test
    void keepsTheFeedTitleWhenAFailedPollHasNone() throws StoreException {
        poller.poll(ALPHA, T0, entry("a", "https://news.example.org/1", "T", "", T0));

        finish(failure(T1));

        assertThat(store.latest(1, Optional.empty()).get(0).carriers().get(0).feedTitle()).contains("Alpha feed");
    }

    @Test
    void reportsHealthOfEverySourceStored() throws StoreException {
        poller.poll(ALPHA, T0, entry("a", "https://news.example.org/1", "T", "", T0),
                entry("b", "https://news.example.org/2", "U", "", T0));
        finish(failure(T1));

        assertThat(store.sourceHealth()).containsExactly(new SourceHealth("Alpha", ALPHA.url(), "error: HTTP 500",
                Optional.of(T1), Optional.of(T0), 1, 7, 2));
    }

    @Test
    void reportsConfiguredSourcesNeverPolled() throws StoreException {
        poller.poll(ALPHA, T0);
        SourceConfig beta = Poller.source("Beta");

        List<SourceHealth> health = store.sourceHealth(List.of(beta, ALPHA));

        assertThat(health).extracting(SourceHealth::name, SourceHealth::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta", "never polled"),
                        org.assertj.core.groups.Tuple.tuple("Alpha", "ok"));
    }

    @Test
    void bumpsTheChangeCounterOnlyWhenEntriesChanged() throws StoreException {
        assertThat(store.changeCount()).isZero();
        assertThat(store.lastChange()).isEmpty();

        poller.poll(ALPHA, T0, entry("a", "https://news.example.org/1", "T", "", T0));
        poller.poll(ALPHA, T1, entry("a", "https://news.example.org/1", "T", "", T0));
        finish(failure(T1));

        assertThat(store.changeCount()).isEqualTo(1);
        assertThat(store.lastChange()).contains(T0);

        poller.poll(ALPHA, T2, entry("a", "https://news.example.org/1", "T changed", "", T0));

        assertThat(store.changeCount()).isEqualTo(2);
        assertThat(store.lastChange()).contains(T2);
    }

    @Test
    void showsTheChangeToAnotherStoreOnTheSameDatabase() throws StoreException {
        try (Store other = Store.open(settings)) {
            long before = other.changeCount();

            poller.poll(ALPHA, T0, entry("a", "https://news.example.org/1", "T", "", T0));

            assertThat(other.changeCount()).isEqualTo(before + 1);
            assertThat(other.latest(10, Optional.empty())).hasSize(1);
        }
    }

    private void finish(SourceUpdate update) throws StoreException {
        try (PollTransaction poll = store.begin(ALPHA)) {
            poll.finish(update);
        }
    }

    private static SourceUpdate failure(Instant at) {
        return new SourceUpdate(ALPHA.url(), FetchState.initial(), "error", Optional.of("HTTP 500"), Optional.empty(),
                Optional.empty(), at, 7, false);
    }
}

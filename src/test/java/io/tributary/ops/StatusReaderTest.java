package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.SourceConfig;
import io.tributary.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SourceConfig calm = StoredPolls.source("Calm River");
    private final SourceConfig failing = StoredPolls.source("Failing Brook");
    private final SourceConfig gone = StoredPolls.source("Gone Creek");
    private Store store;
    private StoredPolls polls;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(StoredPolls.memory());
        polls = new StoredPolls(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsProblemSourcesFirstAndRemovedSourcesLast() throws Exception {
        polls.ok(gone, NOW.minusSeconds(900), 10);
        polls.ok(calm, NOW.minusSeconds(600), 100);
        polls.failed(failing, NOW.minusSeconds(300), 50, "error", "HTTP 500");
        store.flagRemovedSources(List.of(calm.name(), failing.name()), NOW);

        StatusReport report = read(List.of(calm, failing));

        assertThat(report.sources()).extracting(SourceStatus::name)
                .containsExactly("Failing Brook", "Calm River", "Gone Creek");
        assertThat(report.sources().get(0).problem()).isTrue();
        assertThat(report.sources().get(0).lastError()).contains("error: HTTP 500");
        assertThat(report.sources().get(2).removed()).isTrue();
        assertThat(report.overall()).isEqualTo("failing");
    }

    @Test
    void averagesTheFetchTimeOfTheKeptPolls() throws Exception {
        polls.ok(calm, NOW.minusSeconds(600), 100);
        polls.ok(calm, NOW.minusSeconds(300), 300);

        assertThat(read(List.of(calm)).sources().get(0).meanMillis()).isEqualTo(200);
    }

    @Test
    void countsOnlyEntriesFirstSeenInTheLastSevenDays() throws Exception {
        polls.ok(calm, NOW.minus(Duration.ofDays(10)), 10, StoredPolls.Item.of("Old water", NOW.minus(Duration.ofDays(10))));
        polls.ok(calm, NOW.minus(Duration.ofDays(1)), 10, StoredPolls.Item.of("Fresh water", NOW.minus(Duration.ofDays(1))),
                StoredPolls.Item.of("Fresher water", NOW.minus(Duration.ofDays(1))));

        assertThat(read(List.of(calm)).sources().get(0).recent()).isEqualTo(2);
    }

    @Test
    void keepsTheLastFailureAsLastErrorAfterARecovery() throws Exception {
        polls.failed(calm, NOW.minusSeconds(600), 10, "timeout", "no answer in 30 s");
        polls.ok(calm, NOW.minusSeconds(300), 10);

        SourceStatus status = read(List.of(calm)).sources().get(0);

        assertThat(status.problem()).isFalse();
        assertThat(status.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("timeout at "));
    }

    @Test
    void aRejectedConfigEditMakesTheWholeReportDegraded() throws Exception {
        polls.ok(calm, NOW.minusSeconds(300), 10);

        StatusReport report = new StatusReader(store).read(List.of(calm), name -> Optional.empty(),
                Optional.of("tributary.yml:3:5: unknown key"), NOW);

        assertThat(report.overall()).isEqualTo("degraded");
    }

    private StatusReport read(List<SourceConfig> configured) throws Exception {
        return new StatusReader(store).read(configured, name -> Optional.of(NOW.plusSeconds(60)), Optional.empty(), NOW);
    }
}

package io.tributary.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.SourceConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When each source is first polled after a start (issue 3, item 6). */
class FirstPollsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final FirstPolls firstPolls = new FirstPolls();

    @Test
    void spreadsSourcesPolledBeforeOverTheirInterval() {
        List<SourceConfig> sources = List.of(source("a", 60), source("b", 60), source("c", 60), source("d", 60));

        Map<String, Instant> plan = firstPolls.plan(sources, name -> true, NOW);

        assertThat(plan).containsEntry("a", NOW).containsEntry("b", NOW.plus(Duration.ofMinutes(15)))
                .containsEntry("c", NOW.plus(Duration.ofMinutes(30))).containsEntry("d", NOW.plus(Duration.ofMinutes(45)));
    }

    @Test
    void pollsSourcesNeverPolledWithinTheFirstMinute() {
        List<SourceConfig> sources = List.of(source("old", 60), source("new1", 60), source("new2", 60));

        Map<String, Instant> plan = firstPolls.plan(sources, Set.of("old")::contains, NOW);

        assertThat(plan.get("new1")).isEqualTo(NOW);
        assertThat(plan.get("new2")).isEqualTo(NOW.plusSeconds(30));
        assertThat(plan.get("old")).isEqualTo(NOW);
    }

    @Test
    void neverPutsAFirstPollBeyondTheSourcesOwnInterval() {
        List<SourceConfig> sources = List.of(source("fast", 5), source("slow", 120), source("slower", 240));

        Map<String, Instant> plan = firstPolls.plan(sources, name -> true, NOW);

        for (SourceConfig source : sources) {
            assertThat(plan.get(source.name())).isBefore(NOW.plus(source.interval()));
        }
    }

    private static SourceConfig source(String name, int minutes) {
        return new SourceConfig(name, URI.create("https://" + name + ".example.org/feed"), List.of(),
                Duration.ofMinutes(minutes));
    }
}

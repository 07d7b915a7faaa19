package io.tributary.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.ConfigLoader;
import io.tributary.fetch.FetchState;
import io.tributary.store.SourceUpdate;
import java.util.Optional;
import io.tributary.pipeline.River;
import io.tributary.publish.HealthReport;
import io.tributary.schedule.PollScheduler;
import io.tributary.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReloadTest {
    @TempDir
    Path work;

    private final String storeUrl = "jdbc:hsqldb:mem:reload-" + UUID.randomUUID();
    private Path file;
    private LiveRiver live;
    private PollScheduler scheduler;
    private ConfigReload reload;
    private final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        file = work.resolve("tributary.yml");
        write("""
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                  - { name: "Beta", url: "http://127.0.0.1:9/beta.xml", interval: 15m }
                """);
        live = new LiveRiver(River.open(new ConfigLoader().load(file), Clock.systemUTC()));
        scheduler = new PollScheduler(1, name -> { });
        scheduler.schedule(live.config().sources(), Duration.ZERO, Instant.now().plusSeconds(3600));
        reload = new ConfigReload(file, new ConfigLoader()::load, live, scheduler, renders::incrementAndGet,
                Clock.systemUTC());
        // the store learns of Beta, so that removing it can be flagged
        var beta = live.config().source("Beta").orElseThrow();
        try (var poll = live.river().store().begin(beta)) {
            poll.finish(new SourceUpdate(beta.url(), FetchState.initial(), "ok", Optional.empty(), Optional.empty(),
                    Optional.empty(), Instant.now(), 1, true));
        }
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.close();
        live.close();
    }

    @Test
    void schedulesAnAddedSourceWithoutARestart() throws Exception {
        write("""
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                  - { name: "Beta", url: "http://127.0.0.1:9/beta.xml", interval: 15m }
                  - { name: "Gamma", url: "http://127.0.0.1:9/gamma.xml", interval: 5m }
                """);

        assertThat(reload.reload()).isTrue();

        assertThat(scheduler.nextPoll("Gamma")).isPresent();
        assertThat(live.config().source("Gamma")).isPresent();
        assertThat(renders.get()).isEqualTo(1);
    }

    @Test
    void unschedulesARemovedSourceAndFlagsItInTheStore() throws Exception {
        write("""
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                """);

        reload.reload();

        assertThat(scheduler.nextPoll("Beta")).isEmpty();
        Store store = live.river().store();
        assertThat(store.removedSources()).containsKey("Beta");
        assertThat(live.poll("Beta")).isEmpty();
    }

    @Test
    void reschedulesASourceWhoseIntervalChanged() throws Exception {
        Instant before = scheduler.nextPoll("Alpha").orElseThrow();
        write("""
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 1m }
                  - { name: "Beta", url: "http://127.0.0.1:9/beta.xml", interval: 15m }
                """);

        reload.reload();

        assertThat(scheduler.nextPoll("Alpha").orElseThrow()).isBefore(before);
        assertThat(scheduler.nextPoll("Beta")).isPresent();
    }

    @Test
    void rejectsABadEditWholeAndKeepsThePreviousConfigRunning() throws Exception {
        write("""
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                  - { name: "Delta", url: "not a url", intervall: 5m }
                """);

        assertThat(reload.reload()).isFalse();

        assertThat(live.config().source("Beta")).isPresent();
        assertThat(live.config().source("Delta")).isEmpty();
        assertThat(scheduler.nextPoll("Beta")).isPresent();
        HealthReport health = live.health();
        assertThat(health.status()).isEqualTo(LiveRiver.DEGRADED);
        assertThat(health.configError()).hasValueSatisfying(error -> assertThat(error)
                .contains(file + ":4:").contains("intervall"));
    }

    @Test
    void aFixedEditClearsTheRejection() throws Exception {
        write("title: [not, a, string]\n");
        reload.reload();
        write("""
                title: "Fixed"
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                """);

        reload.reload();

        assertThat(live.configError()).isEmpty();
        assertThat(live.health().status()).isEqualTo(HealthReport.OK);
        assertThat(live.config().title()).isEqualTo("Fixed");
    }

    @Test
    void reappliesEditedTopicRulesToThePublishedEntries() throws Exception {
        var alpha = live.config().source("Alpha").orElseThrow();
        Instant now = Instant.now();
        var entry = new io.tributary.clean.CleanEntry(Optional.of("a-1"), Optional.of("https://alpha.example.org/1"),
                "Glacier retreats again", "<p>Ice</p>", "Ice", "The glacier lost ice.", Optional.of(now),
                Optional.empty(), Optional.empty(), java.util.List.of());
        try (var poll = live.river().store().begin(alpha)) {
            var identity = io.tributary.dedup.EntryIdentity.of(entry);
            poll.write(new io.tributary.store.EntryWrite(entry, identity,
                    new io.tributary.dedup.Deduplicator().decide("Alpha", identity, poll), java.util.Set.of(),
                    "tag:reload.test,2026:1", now));
            poll.finish(new SourceUpdate(alpha.url(), FetchState.initial(), "ok", Optional.empty(), Optional.empty(),
                    Optional.empty(), now, 1, true));
        }
        write("""
                topics:
                  - { name: ice, keywords: [glacier] }
                sources:
                  - { name: "Alpha", url: "http://127.0.0.1:9/alpha.xml", interval: 15m }
                  - { name: "Beta", url: "http://127.0.0.1:9/beta.xml", interval: 15m }
                """);

        reload.reload();

        assertThat(live.river().store().latest(10, Optional.of("ice")))
                .extracting(io.tributary.store.PublishedStory::title).containsExactly("Glacier retreats again");
    }

    private void write(String sources) throws Exception {
        Files.writeString(file, "store: { url: \"" + storeUrl + "\" }\n" + sources);
    }
}

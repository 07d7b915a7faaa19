package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tributary.config.Config;
import io.tributary.config.RetentionSettings;
import io.tributary.config.SourceConfig;
import io.tributary.schedule.PollScheduler;
import io.tributary.store.PruneReport;
import io.tributary.store.PublishedStory;
import io.tributary.store.Store;
import io.tributary.store.StoreConsistency;
import io.tributary.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM during a long prune: the scheduler's close asks housekeeping to stop, the prune ends
 * between two batches, a poll in flight still commits, and only then may the store be closed.
 * The prune is held between its first and second batch by a test hook until the stop is asked,
 * so "mid-way" is a fact, not a race.
 */
class StopDuringPruneTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    /** More than two batches of the prune (500 stories each). */
    private static final int OLD_STORIES = 1_100;
    private static final long WAIT_SECONDS = 30;

    private final SourceConfig archive = StoredPolls.source("Archive");
    private final SourceConfig fresh = StoredPolls.source("Fresh");
    private final Config config = Configs.with(List.of(archive, fresh), List.of(), 2,
            new RetentionSettings(Duration.ofDays(30), 100_000));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Store store;
    private StoredPolls polls;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(StoredPolls.memory());
        polls = new StoredPolls(store);
        StoredPolls.Item[] old = new StoredPolls.Item[OLD_STORIES];
        for (int i = 0; i < OLD_STORIES; i++) {
            old[i] = new StoredPolls.Item("Old story " + i, words(i), NOW.minus(Duration.ofDays(400 + i)), Set.of());
        }
        polls.ok(archive, NOW.minus(Duration.ofDays(1)), 1, old);
        polls.ok(archive, NOW, 1, StoredPolls.Item.of("Recent one", NOW.minus(Duration.ofDays(1))),
                StoredPolls.Item.of("Recent two", NOW.minus(Duration.ofDays(2))));
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void close() {
        root().detachAppender(log);
        store.close();
    }

    @Test
    void stopsAPruneMidWayAfterThePollInFlightCommitted() throws Exception {
        CountDownLatch midWay = new CountDownLatch(1);
        CountDownLatch pollStarted = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        AtomicBoolean choreEnded = new AtomicBoolean();
        AtomicBoolean pollEnded = new AtomicBoolean();
        AtomicReference<Throwable> pollFailure = new AtomicReference<>();
        Housekeeping housekeeping = new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> {
                    if (batches.incrementAndGet() == 2) {
                        midWay.countDown();
                        await(stopAsked);
                    }
                });
        PollScheduler scheduler = new PollScheduler(2, name -> {
            pollStarted.countDown();
            await(stopAsked);
            try {
                polls.ok(fresh, NOW, 1, StoredPolls.Item.of("Fresh news", NOW));
            } catch (StoreException | RuntimeException e) {
                pollFailure.set(e);
            }
            pollEnded.set(true);
        });
        scheduler.schedule(List.of(fresh), Map.of(), Instant.now());
        scheduler.daily("retention", () -> {
            housekeeping.run();
            choreEnded.set(true);
        }, () -> {
            housekeeping.stop();
            stopAsked.countDown();
        }, Instant.now());
        scheduler.start();
        assertThat(midWay.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(pollStarted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        CompletableFuture.runAsync(() -> {
            try {
                scheduler.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);

        // both jobs ended before close returned, on a store still open
        assertThat(choreEnded).isTrue();
        assertThat(pollEnded).isTrue();
        assertThat(pollFailure.get()).isNull();
        assertThat(titles()).contains("Fresh news", "Recent one", "Recent two");
        assertThat(oldStories()).isEqualTo(OLD_STORIES - 500);
        assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
        StoreConsistency.assertWhole(store);
    }

    @Test
    void aStoppedPruneLeavesTheRestToTheNextRun() throws Exception {
        AtomicReference<Housekeeping> self = new AtomicReference<>();
        AtomicInteger batches = new AtomicInteger();
        Housekeeping first = new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> {
                    if (batches.incrementAndGet() == 2) {
                        self.get().stop();
                    }
                });
        self.set(first);

        PruneReport cut = first.prune();
        PruneReport rest = new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC)).prune();

        assertThat(cut.stories()).isEqualTo(500);
        assertThat(rest.stories()).isEqualTo(OLD_STORIES - 500);
        assertThat(oldStories()).isZero();
        assertThat(titles()).containsExactly("Recent one", "Recent two");
        StoreConsistency.assertWhole(store);
    }

    @Test
    void keepsAStoryThatAPollJoinedBetweenTwoBatches() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        // the second batch holds the 501st to 1,000th oldest stories: "Old story 300" among them
        Housekeeping housekeeping = new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> {
                    if (batches.incrementAndGet() == 2) {
                        try {
                            polls.ok(fresh, NOW, 1, new StoredPolls.Item("Old story 300", words(300),
                                    NOW.minus(Duration.ofDays(700)), Set.of()));
                        } catch (StoreException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });

        PruneReport report = housekeeping.prune();

        assertThat(report.stories()).isEqualTo(OLD_STORIES - 1);
        assertThat(count("SELECT COUNT(*) FROM entries e JOIN stories s ON s.id = e.story_id "
                + "WHERE e.title = 'Old story 300'")).isEqualTo(2);
        StoreConsistency.assertWhole(store);
    }


    private long oldStories() throws Exception {
        return count("SELECT COUNT(*) FROM stories WHERE published < TIMESTAMP '2026-01-01 00:00:00+00:00'");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> titles() throws Exception {
        return store.latest(100, Optional.empty()).stream().map(PublishedStory::title).toList();
    }

    /** A text of its own for each story, so none is taken for a near duplicate of another. */
    private static String words(int seed) {
        StringBuilder text = new StringBuilder();
        long state = seed * 2_654_435_761L + 1;
        for (int i = 0; i < 24; i++) {
            state = state * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
            text.append(Long.toString(Math.abs(state >>> 20) % 1_000_000, 36)).append(' ');
        }
        return text.toString().trim();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited " + WAIT_SECONDS + " s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

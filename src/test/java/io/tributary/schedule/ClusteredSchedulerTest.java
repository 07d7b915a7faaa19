package io.tributary.schedule;

import io.tributary.config.ClusterSettings;
import io.tributary.config.SourceConfig;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import io.tributary.store.StoreFixture;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One clustered node on a real PostgreSQL: jobs live in Quartz's tables made by the store's scripts. */
class ClusteredSchedulerTest {
    private static final ClusterSettings NODE = new ClusterSettings(true, "node-a", Duration.ofSeconds(1));

    private StoreFixture.FreshDatabase database;
    private Store store;

    @BeforeEach
    void open() throws StoreException {
        database = StoreFixture.POSTGRESQL.fresh();
        store = Store.open(database.settings());
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(store, database);
    }

    @Test
    void pollsEverySourceRepeatedly() throws Exception {
        Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
        PollScheduler scheduler = PollScheduler.clustered(2, NODE, store.dataSource(),
                name -> polls.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet());
        try {
            scheduler.schedule(List.of(source("Alpha", 1), source("Beta", 1)), Duration.ZERO, Instant.now());
            scheduler.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!(count(polls, "Alpha") >= 2 && count(polls, "Beta") >= 2) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            scheduler.close();
        }
        assertThat(polls.keySet()).containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(count(polls, "Alpha")).isGreaterThanOrEqualTo(2);
        assertThat(count(polls, "Beta")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void keepsDurableRecoverableJobsNamingTheirSourceInTheDatabase() throws Exception {
        PollScheduler scheduler = PollScheduler.clustered(1, NODE, store.dataSource(), name -> { });
        try {
            scheduler.schedule(List.of(source("Alpha", 60)), Duration.ZERO, Instant.now());
        } finally {
            scheduler.close();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT sched_name, job_name, is_durable, is_nonconcurrent, "
                     + "requests_recovery, job_data FROM qrtz_job_details")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("sched_name")).isEqualTo("tributary");
            assertThat(row.getString("job_name")).isEqualTo("Alpha");
            assertThat(row.getBoolean("is_durable")).isTrue();
            assertThat(row.getBoolean("is_nonconcurrent")).isTrue();
            assertThat(row.getBoolean("requests_recovery")).isTrue();
            assertThat(new String(row.getBytes("job_data"), StandardCharsets.ISO_8859_1)).contains("source=Alpha");
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void reconcilesStoredJobsWithTheConfigOnStart() throws Exception {
        PollScheduler first = PollScheduler.clustered(1, NODE, store.dataSource(), name -> { });
        try {
            first.schedule(List.of(source("Alpha", 60), source("Beta", 60), source("Gamma", 60)),
                    Duration.ZERO, Instant.now().plusSeconds(3600));
        } finally {
            first.close();
        }
        long gammaStart = startTime("Gamma");

        PollScheduler second = PollScheduler.clustered(1, NODE, store.dataSource(), name -> { });
        try {
            second.schedule(List.of(source("Alpha", 120), source("Gamma", 60), source("Delta", 60)),
                    Duration.ZERO, Instant.now());
        } finally {
            second.close();
        }

        assertThat(intervals()).containsExactly(Map.entry("Alpha", 120_000L), Map.entry("Delta", 60_000L),
                Map.entry("Gamma", 60_000L));
        assertThat(startTime("Gamma")).as("an unchanged source keeps its schedule").isEqualTo(gammaStart);
    }

    private Map<String, Long> intervals() throws SQLException {
        Map<String, Long> intervals = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT j.job_name, s.repeat_interval FROM qrtz_job_details j "
                     + "JOIN qrtz_simple_triggers s ON s.trigger_name = j.job_name")) {
            while (row.next()) {
                intervals.put(row.getString(1), row.getLong(2));
            }
        }
        return intervals;
    }

    private long startTime(String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT start_time FROM qrtz_triggers WHERE trigger_name = '" + name + "'")) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    private static int count(Map<String, AtomicInteger> polls, String name) {
        AtomicInteger count = polls.get(name);
        return count == null ? 0 : count.get();
    }

    static SourceConfig source(String name, int intervalSeconds) {
        return new SourceConfig(name, URI.create("https://" + name.toLowerCase() + ".example.org/feed.xml"),
                new ArrayList<>(), Duration.ofSeconds(intervalSeconds));
    }
}

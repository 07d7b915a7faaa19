package io.tributary.store;

import io.tributary.config.SourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stores on one PostgreSQL database stand for two cluster nodes: their in-process poll locks
 * know nothing of each other, so only the database can keep them from racing.
 */
class CrossNodeWritingTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig ALPHA = Poller.source("Alpha");
    private static final SourceConfig BETA = Poller.source("Beta");

    private StoreFixture.FreshDatabase database;
    private Store nodeA;
    private Store nodeB;

    @BeforeEach
    void open() throws StoreException {
        database = StoreFixture.POSTGRESQL.fresh();
        nodeA = Store.open(database.settings());
        nodeB = Store.open(database.settings());
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(nodeA, nodeB, database);
    }

    @Test
    void makesOneStoryWhenTwoNodesStoreTheSameLinkAtOnce() throws Exception {
        Poller pollerA = new Poller(nodeA);
        PollTransaction first = nodeA.begin(ALPHA);
        first.write(pollerA.write(first, ALPHA, entry("a-1", "https://news.example.org/1", "A", "", T0), T0));
        CompletableFuture<PollCounts> second = CompletableFuture.supplyAsync(() -> {
            try {
                return new Poller(nodeB).poll(BETA, T0, entry("b-1", "https://news.example.org/1", "B", "", T0));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300); // let the second node reach the link's lock (passes either way if it is slower)
        first.finish(Poller.ok(ALPHA, T0));

        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new PollCounts(0, 0, 1, 0));
        assertThat(nodeA.latest(10, Optional.empty())).singleElement()
                .satisfies(story -> assertThat(story.carriers()).hasSize(2));
    }

    @Test
    void letsOnlyOneNodeWriteASourceAtATime() throws Exception {
        PollTransaction first = nodeA.begin(ALPHA);
        first.write(new Poller(nodeA).write(first, ALPHA,
                entry("a-1", "https://alpha.example.org/1", "A", "", T0), T0));
        CompletableFuture<PollCounts> again = CompletableFuture.supplyAsync(() -> {
            try {
                return new Poller(nodeB).poll(ALPHA, T0, entry("a-1", "https://alpha.example.org/1", "A", "", T0));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        first.finish(Poller.ok(ALPHA, T0));

        assertThat(again.get(30, TimeUnit.SECONDS)).isEqualTo(new PollCounts(0, 0, 0, 1));
        assertThat(nodeB.sourceHealth()).singleElement().extracting(SourceHealth::entries).isEqualTo(1L);
    }

    @Test
    void callsAUniqueViolationAConflictWorthRetrying() {
        assertThat(new StoreException("jdbc:postgresql://x/y", "taken",
                new SQLException("duplicate key", "23505")).conflict()).isTrue();
        assertThat(new StoreException("jdbc:postgresql://x/y", "deadlock",
                new SQLException("deadlock detected", "40P01")).conflict()).isTrue();
        assertThat(new StoreException("jdbc:postgresql://x/y", "gone",
                new SQLException("no such table", "42P01")).conflict()).isFalse();
    }

    @Test
    void recordsEachNodesSourceListOnce() throws StoreException {
        nodeA.recordNodeSources(new NodeSources("a", "h1", "Alpha\thttps://alpha.example.org/feed.xml", T0));
        nodeB.recordNodeSources(new NodeSources("b", "h2", "Beta\thttps://beta.example.org/feed.xml", T0));
        nodeA.recordNodeSources(new NodeSources("a", "h3", "", T0.plusSeconds(1)));

        assertThat(nodeB.nodeSources()).extracting(NodeSources::node, NodeSources::hash)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "h3"),
                        org.assertj.core.groups.Tuple.tuple("b", "h2"));
    }
}

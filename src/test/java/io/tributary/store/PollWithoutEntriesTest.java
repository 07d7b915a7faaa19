package io.tributary.store;

import io.tributary.config.SourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A poll that brought no entries records its state without waiting for the poll lock. */
class PollWithoutEntriesTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final SourceConfig WRITING = Poller.source("Writing");
    private static final SourceConfig QUIET = Poller.source("Quiet");

    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(MemoryStore.settings());
        poller = new Poller(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void recordsItsStateWhileAnotherPollHoldsTheLock() throws Exception {
        try (PollTransaction writing = store.begin(WRITING)) {
            writing.write(poller.write(writing, WRITING,
                    Poller.entry("g-1", "https://writing.example.org/1", "First", "<p>One</p>", T0), T0));

            CompletableFuture<PollCounts> quiet = CompletableFuture.supplyAsync(() -> {
                try (PollTransaction poll = store.beginWithoutEntries(QUIET)) {
                    return poll.finish(Poller.ok(QUIET, T0));
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });

            // the lock is still held here: a wait for it would never end
            assertThat(quiet.get(20, TimeUnit.SECONDS).added()).isZero();
            writing.finish(Poller.ok(WRITING, T0));
        }
        assertThat(store.fetchState(QUIET.name()).lastStatus()).contains("ok");
    }

    @Test
    void refusesAnEntry() throws StoreException {
        try (PollTransaction poll = store.beginWithoutEntries(QUIET)) {
            assertThatThrownBy(() -> poll.write(poller.write(poll, QUIET,
                    Poller.entry("g-1", "https://quiet.example.org/1", "First", "<p>One</p>", T0), T0)))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(store.latest(10, java.util.Optional.empty())).isEmpty();
    }
}

package io.tributary.store;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.IdentityKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Pruning in batches, on every database: what goes, what a page keeps, where a stop leaves it. */
@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class PruningTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig ALPHA = Poller.source("Alpha");
    /** Every entry of this source has the topic rivers; of the next, lakes. */
    private static final SourceConfig BETA = Poller.source("Beta", "rivers");
    private static final SourceConfig GAMMA = Poller.source("Gamma", "lakes");
    /** More than one batch. */
    private static final int OLD_ALPHA = 600;
    private static final int PAGE = 2;

    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;
    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        database = fixture.fresh();
        store = Store.open(database.settings());
        poller = new Poller(store);
        poller.poll(ALPHA, NOW, old("alpha", OLD_ALPHA));
        // three stories of a rare topic, twenty-five of one with ten pages' worth: both pages found
        poller.poll(BETA, NOW, old("beta", 3));
        poller.poll(GAMMA, NOW, old("gamma", 25));
        poller.poll(ALPHA, NOW, entry("today", "https://alpha.example.org/today", "Today", "", NOW),
                entry("yesterday", "https://alpha.example.org/yesterday", "Yesterday", "",
                        NOW.minus(Duration.ofDays(1))));
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(store, database);
    }

    @Test
    void removesEveryStoryDueButThoseOnTheMergedAndTopicPages() throws Exception {
        PruneReport report = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of("rivers", "lakes"));

        assertThat(report.stories()).isEqualTo(OLD_ALPHA + 1 + 23);
        assertThat(titles()).containsExactlyInAnyOrder("Today", "Yesterday", "beta 0", "beta 1", "gamma 0", "gamma 1");
        StoreConsistency.assertWhole(store);
    }

    @Test
    void removesTheOldestBeyondTheCount() throws Exception {
        PruneReport report = store.prune(NOW.minus(Duration.ofDays(3_650)), 3, 1, List.of());

        assertThat(report.stories()).isEqualTo(OLD_ALPHA + 3 + 25 + 2 - 3);
        // alpha 0, beta 0 and gamma 0 were published at the same time: the newer story comes first
        assertThat(titles()).containsExactly("Today", "Yesterday", "gamma 0");
        StoreConsistency.assertWhole(store);
    }

    @Test
    void stopsBetweenTwoBatchesWithWhatItRemovedCommittedAndTheNextPruneEndsIt() throws Exception {
        AtomicInteger asked = new AtomicInteger();

        PruneReport cut = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of(),
                () -> asked.incrementAndGet() > 1);
        StoreConsistency.assertWhole(store);
        PruneReport rest = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of());

        assertThat(cut.stories()).isEqualTo(Pruning.STORIES_PER_BATCH);
        assertThat(rest.stories()).isEqualTo(OLD_ALPHA + 3 + 25 - Pruning.STORIES_PER_BATCH);
        assertThat(titles()).containsExactly("Today", "Yesterday");
        StoreConsistency.assertWhole(store);
    }

    @Test
    void remembersThePrunedEntriesOfEachSourceSoAPollCanLeaveThemOut() throws Exception {
        store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of("rivers", "lakes"));

        try (PollTransaction alpha = store.begin(ALPHA)) {
            assertThat(alpha.wasPruned(keyOf(old("alpha", 1)[0]))).isTrue();
            assertThat(alpha.wasPruned(keyOf(old("alpha", OLD_ALPHA)[OLD_ALPHA - 1]))).isTrue();
            assertThat(alpha.wasPruned(keyOf(entry("today", "https://alpha.example.org/today", "Today", "", NOW))))
                    .isFalse();
        }
        try (PollTransaction beta = store.begin(BETA)) {
            // kept on the rivers page
            assertThat(beta.wasPruned(keyOf(old("beta", 1)[0]))).isFalse();
            assertThat(beta.wasPruned(keyOf(old("beta", 3)[2]))).isTrue();
            // another source's pruned entry is not this source's
            assertThat(beta.wasPruned(keyOf(old("alpha", 1)[0]))).isFalse();
        }
        assertThat(count("SELECT COUNT(*) FROM pruned_entries")).isEqualTo(OLD_ALPHA + 1 + 23);
    }

    @Test
    void forgetsThePrunedEntriesAWholeFeedHasNotListedForAWeek() throws Exception {
        store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of());
        CleanEntry stillListed = old("alpha", 2)[1];

        wholeFeed(ALPHA, NOW, stillListed);
        wholeFeed(ALPHA, NOW.plus(Duration.ofDays(6)), stillListed);
        assertThat(count("SELECT COUNT(*) FROM pruned_entries WHERE source_name = 'Alpha'")).isEqualTo(OLD_ALPHA);
        wholeFeed(ALPHA, NOW.plus(PrunedEntries.FORGET_AFTER), stillListed);

        try (PollTransaction poll = store.begin(ALPHA)) {
            assertThat(poll.wasPruned(keyOf(stillListed))).isTrue();
            assertThat(poll.wasPruned(keyOf(old("alpha", 1)[0]))).isFalse();
        }
        assertThat(count("SELECT COUNT(*) FROM pruned_entries WHERE source_name = 'Alpha'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pruned_entries")).isEqualTo(1 + 3 + 25);
    }

    @Test
    void aPrunedEntryListedAgainWithinTheWeekIsKept() throws Exception {
        store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of());
        CleanEntry back = old("alpha", 1)[0];

        // a short feed for a while, then the whole back catalogue again
        wholeFeed(ALPHA, NOW);
        wholeFeed(ALPHA, NOW.plus(Duration.ofDays(3)), back);
        wholeFeed(ALPHA, NOW.plus(Duration.ofDays(8)), back);

        try (PollTransaction poll = store.begin(ALPHA)) {
            assertThat(poll.wasPruned(keyOf(back))).isTrue();
            assertThat(poll.wasPruned(keyOf(old("alpha", 2)[1]))).isFalse();
        }
    }

    @Test
    void anEntryPrunedAgainIsRememberedOnce() throws Exception {
        store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of());
        // stored again by a writer that did not ask (as a cluster node that read before the prune)
        poller.poll(ALPHA, NOW, old("alpha", 1));
        poller.poll(ALPHA, NOW, entry("later", "https://alpha.example.org/later", "Later", "", NOW));

        PruneReport again = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of());

        assertThat(again.stories()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pruned_entries WHERE source_name = 'Alpha'")).isEqualTo(OLD_ALPHA);
        StoreConsistency.assertWhole(store);
    }

    @Test
    void keepsAStoryAPollChangedAfterTheStoriesWereChosen() throws Exception {
        CleanEntry oldest = old("alpha", 1)[0];
        CleanEntry changed = entry("alpha0", "https://alpha.example.org/0", "alpha 0, corrected", "",
                oldest.published().orElseThrow());
        // asked before each batch: before the first, a poll changes one chosen story
        PruneReport report = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of(),
                pollWhenFirstAsked(changed));

        assertThat(report.stories()).isEqualTo(OLD_ALPHA + 3 + 25 - 1);
        assertThat(titles()).containsExactly("Today", "Yesterday", "alpha 0, corrected");
        StoreConsistency.assertWhole(store);
    }

    @Test
    void keepsAStoryAPollMovedOntoAPageWhileTheStoriesWereChosen() throws Exception {
        CleanEntry republished = entry("alpha0", "https://alpha.example.org/0", "alpha 0, republished", "",
                NOW.plusSeconds(3_600));
        // first asked while the topic pages are read, after the merged page was: the poll moves
        // alpha 0 to the top of the merged page the prune has already read
        PruneReport report = store.prune(NOW.minus(Duration.ofDays(30)), 100_000, PAGE, List.of("rivers", "lakes"),
                pollWhenFirstAsked(republished));

        assertThat(report.stories()).isEqualTo(OLD_ALPHA + 1 + 23 - 1);
        assertThat(titles()).startsWith("alpha 0, republished", "Today");
        StoreConsistency.assertWhole(store);
    }

    /**
     * A prune's stop question that never says stop, but the first time it is asked polls Alpha
     * with {@code entry}, a minute after {@link #NOW}: a poll that runs while the prune is under way.
     */
    private BooleanSupplier pollWhenFirstAsked(CleanEntry entry) {
        AtomicInteger asked = new AtomicInteger();
        return () -> {
            if (asked.incrementAndGet() == 1) {
                try {
                    poller.poll(ALPHA, NOW.plusSeconds(60), entry);
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        };
    }

    /** A poll of the source's whole feed, which lists these entries, at {@code now}. */
    private void wholeFeed(SourceConfig source, Instant now, CleanEntry... listed) throws StoreException {
        try (PollTransaction poll = store.begin(source)) {
            poll.wholeFeedListed(Arrays.stream(listed).map(PruningTest::keyOf)
                    .collect(Collectors.toSet()), now);
            poll.finish(Poller.ok(source, now));
        }
    }

    private static IdentityKey keyOf(CleanEntry entry) {
        return EntryIdentity.of(entry).key();
    }

    /** Stories published 100 days ago and more, the first the newest. */
    private static CleanEntry[] old(String name, int count) {
        CleanEntry[] entries = new CleanEntry[count];
        for (int i = 0; i < count; i++) {
            entries[i] = entry(name + i, "https://" + name + ".example.org/" + i, name + " " + i, "",
                    NOW.minus(Duration.ofDays(100 + i)));
        }
        return entries;
    }

    private List<String> titles() throws StoreException {
        return store.latest(1_000, Optional.empty()).stream().map(PublishedStory::title).toList();
    }


    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.config.RetentionSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.store.PublishedStory;
import io.tributary.store.PruneReport;
import io.tributary.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SourceConfig source = StoredPolls.source("Delta");
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
    void prunesStoriesOlderThanMaxAge() throws Exception {
        polls.ok(source, NOW, 1, item("Ancient flood", 200), item("Recent flood", 2), item("Last week", 7),
                item("Today", 0));

        PruneReport report = housekeeping(retention(Duration.ofDays(30), 1000), 2).prune();

        assertThat(report.stories()).isEqualTo(1);
        assertThat(titles()).containsExactly("Today", "Recent flood", "Last week");
    }

    @Test
    void prunesTheOldestBeyondMaxEntries() throws Exception {
        polls.ok(source, NOW, 1, item("One", 4), item("Two", 3), item("Three", 2), item("Four", 1));

        housekeeping(retention(Duration.ofDays(365), 2), 1).prune();

        assertThat(titles()).containsExactly("Four", "Three");
    }

    @Test
    void prunesByCountRightlyWhenRemovedStoriesLeftAGapInTheIds() throws Exception {
        polls.ok(source, NOW, 1, item("Kept first", 1), item("Aged out", 10), item("Kept last", 0));
        housekeeping(retention(Duration.ofDays(5), 1000), 1).prune();

        // two stories remain, their ids spanning three: the count cut walks, and finds none beyond two
        PruneReport atTheCut = housekeeping(retention(Duration.ofDays(365), 2), 1).prune();
        PruneReport beyond = housekeeping(retention(Duration.ofDays(365), 1), 1).prune();

        assertThat(atTheCut.stories()).isZero();
        assertThat(beyond.stories()).isEqualTo(1);
        assertThat(titles()).containsExactly("Kept last");
    }

    @Test
    void neverPrunesAStoryStillOnTheMergedFeedPage() throws Exception {
        polls.ok(source, NOW, 1, item("Old but listed", 300), item("Older but listed", 400));

        PruneReport report = housekeeping(retention(Duration.ofDays(30), 1), 2).prune();

        assertThat(report.stories()).isZero();
        assertThat(titles()).hasSize(2);
    }

    @Test
    void neverPrunesAStoryStillOnATopicFeedPage() throws Exception {
        polls.ok(source, NOW, 1, item("Rare topic story", 300, "glaciers"), item("New one", 1), item("Newer one", 0));
        List<TopicRule> topics = List.of(new TopicRule("glaciers", "Glaciers", List.of()));
        Config config = Configs.with(List.of(source), topics, 2, retention(Duration.ofDays(30), 1000));

        new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC)).prune();

        assertThat(titles()).contains("Rare topic story");
    }

    @Test
    void neverPrunesAStoryStillOnAFrequentTopicsFeedPage() throws Exception {
        // ten pages' worth of stories with the topic: its page is found by walking the stories
        StoredPolls.Item[] items = new StoredPolls.Item[11];
        for (int i = 0; i < 10; i++) {
            items[i] = item("River story " + i, 300 + i, "rivers");
        }
        items[10] = item("Untagged today", 0);
        polls.ok(source, NOW, 1, items);
        List<TopicRule> topics = List.of(new TopicRule("rivers", "Rivers", List.of()));
        Config config = Configs.with(List.of(source), topics, 1, retention(Duration.ofDays(30), 1000));

        new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC)).prune();

        assertThat(titles()).containsExactly("Untagged today", "River story 0");
    }

    @Test
    void keepsEverythingAndRendersNothingWhenNothingIsDue() throws Exception {
        polls.ok(source, NOW, 1, item("Kept", 1));
        boolean[] rerendered = {false};

        new Housekeeping(() -> Configs.with(List.of(source)), store, () -> rerendered[0] = true,
                Clock.fixed(NOW, ZoneOffset.UTC)).run();

        assertThat(titles()).containsExactly("Kept");
        assertThat(rerendered[0]).isFalse();
    }

    private Housekeeping housekeeping(RetentionSettings retention, int pageSize) {
        Config config = Configs.with(List.of(source), List.of(), pageSize, retention);
        return new Housekeeping(() -> config, store, () -> { }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RetentionSettings retention(Duration maxAge, long maxEntries) {
        return new RetentionSettings(maxAge, maxEntries);
    }

    private static StoredPolls.Item item(String title, int daysAgo, String... topics) {
        return StoredPolls.Item.of(title, NOW.minus(Duration.ofDays(daysAgo)), topics);
    }

    private List<String> titles() throws Exception {
        return store.latest(100, Optional.empty()).stream().map(PublishedStory::title).toList();
    }
}

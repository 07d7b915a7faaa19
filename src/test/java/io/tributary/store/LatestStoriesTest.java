package io.tributary.store;

import io.tributary.config.SourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@MethodSource("io.tributary.store.StoreFixture#all")
class LatestStoriesTest {
    @Parameter
    StoreFixture fixture;
    private StoreFixture.FreshDatabase database;
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig ALPHA = Poller.source("Alpha");
    private static final SourceConfig BETA = Poller.source("Beta", "rivers");

    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        database = fixture.fresh();
        store = Store.open(database.settings());
        poller = new Poller(store);
    }

    @AfterEach
    void close() throws Exception {
        StoreFixture.closeIfOpened(store, database);
    }

    @Test
    void listsNewestFirstByPublicationTime() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("old", "https://alpha.example.org/old", "Old", "", NOW.minus(Duration.ofDays(2))),
                entry("new", "https://alpha.example.org/new", "New", "", NOW.minus(Duration.ofHours(1))),
                entry("mid", "https://alpha.example.org/mid", "Middle", "", NOW.minus(Duration.ofDays(1))));

        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title)
                .containsExactly("New", "Middle", "Old");
    }

    @Test
    void datesAnEntryWithoutPublicationTimeWhenFirstSeen() throws StoreException {
        poller.poll(ALPHA, NOW.minus(Duration.ofHours(2)), entry("undated", "https://alpha.example.org/u", "Undated", "", null));
        poller.poll(ALPHA, NOW, entry("dated", "https://alpha.example.org/d", "Dated", "", NOW.minus(Duration.ofHours(3))));

        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title, PublishedStory::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Undated", NOW.minus(Duration.ofHours(2))),
                        org.assertj.core.groups.Tuple.tuple("Dated", NOW.minus(Duration.ofHours(3))));
    }

    @Test
    void putsTheLaterStoredStoryFirstOnEqualTimes() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("first", "https://alpha.example.org/1", "Stored first", "", NOW.minusSeconds(60)),
                entry("second", "https://alpha.example.org/2", "Stored second", "", NOW.minusSeconds(60)));

        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title)
                .containsExactly("Stored second", "Stored first");
    }

    @Test
    void sortsAnEntryDatedInTheFutureAsIfPublishedWhenStored() throws StoreException {
        poller.poll(ALPHA, NOW, entry("future", "https://alpha.example.org/f", "Future", "", NOW.plus(Duration.ofDays(365))));
        poller.poll(ALPHA, NOW.plusSeconds(60), entry("later", "https://alpha.example.org/l", "Later", "", NOW.plusSeconds(30)));

        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title).containsExactly("Later", "Future");
    }

    @Test
    void returnsAtMostTheLimit() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("1", "https://alpha.example.org/1", "One", "", NOW.minusSeconds(3)),
                entry("2", "https://alpha.example.org/2", "Two", "", NOW.minusSeconds(2)),
                entry("3", "https://alpha.example.org/3", "Three", "", NOW.minusSeconds(1)));

        assertThat(store.latest(2, Optional.empty())).extracting(PublishedStory::title).containsExactly("Three", "Two");
        assertThat(store.latest(0, Optional.empty())).isEmpty();
    }

    @Test
    void givesTheCanonicalEntrysFields() throws StoreException {
        poller.poll(ALPHA, NOW, entry("a", "https://alpha.example.org/a", "Title", "<p>Body</p>", NOW.minusSeconds(5)));

        PublishedStory story = store.latest(1, Optional.empty()).get(0);

        assertThat(story.id()).startsWith("tag:" + Poller.AUTHORITY + ",2026-03-01:");
        assertThat(story.link()).contains("https://alpha.example.org/a");
        assertThat(story.contentHtml()).isEqualTo("<p>Body</p>");
        assertThat(story.summary()).isEqualTo("Summary: Title");
        assertThat(story.author()).contains("A. Writer");
        assertThat(story.published()).isEqualTo(NOW.minusSeconds(5));
        assertThat(story.updated()).isEqualTo(NOW);
    }

    @Test
    void keepsOnlyStoriesWithTheTopic() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("t", "https://alpha.example.org/t", "Rain in Tehran", "", NOW.minusSeconds(2)),
                entry("w", "https://alpha.example.org/w", "Weather elsewhere", "", NOW.minusSeconds(1)));

        assertThat(store.latest(10, Optional.of("iran"))).extracting(PublishedStory::title)
                .containsExactly("Rain in Tehran");
        assertThat(store.latest(10, Optional.of("no-such-topic"))).isEmpty();
    }

    @Test
    void givesAStoryTheTopicsOfAllItsEntries() throws StoreException {
        poller.poll(ALPHA, NOW, entry("a", "https://news.example.org/1", "Rain in Tehran", "", NOW.minusSeconds(2)));
        poller.poll(BETA, NOW, entry("b", "https://news.example.org/1", "Rain", "", NOW.minusSeconds(2)));

        assertThat(store.latest(10, Optional.of("rivers"))).singleElement().satisfies(story -> {
            assertThat(story.title()).isEqualTo("Rain in Tehran");
            assertThat(story.topics()).containsExactly("iran", "rivers");
        });
    }

    @Test
    void countsStoriesPerTopic() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("a", "https://news.example.org/1", "Tehran by the river", "", NOW),
                entry("b", "https://news.example.org/2", "Iran today", "", NOW));
        poller.poll(BETA, NOW, entry("c", "https://news.example.org/1", "The same story", "", NOW));

        assertThat(store.topicCounts()).isEqualTo(Map.of("iran", 2L, "rivers", 1L));
    }

    @Test
    void readsManyStoriesWithTheirCarriers() throws StoreException {
        var entries = new io.tributary.clean.CleanEntry[600];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry("e" + i, "https://news.example.org/" + i, "Story " + i, "", NOW.minusSeconds(i));
        }
        poller.poll(ALPHA, NOW, entries);
        poller.poll(BETA, NOW, entries);

        assertThat(store.latest(600, Optional.empty())).hasSize(600)
                .allSatisfy(story -> assertThat(story.carriers()).extracting(Carrier::sourceName)
                        .containsExactly("Alpha", "Beta"));
    }
}

package io.tributary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.config.PollSettings;
import io.tributary.config.PublishSettings;
import io.tributary.config.ServerSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.config.TopicRule;
import io.tributary.pipeline.River;
import io.tributary.store.PublishedStory;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Interop: the feeds Tributary publishes, read back by another implementation (Rome, as many
 * Java readers do), say exactly what the store holds: the same entries in the same order, with
 * the same ids, links and categories.
 */
@Timeout(120)
class RomeInteropTest {
    private static final List<TopicRule> TOPICS = List.of(
            new TopicRule("rivers", "Rivers", List.of("river")),
            new TopicRule("weather", "Weather", List.of("storm", "rain")));

    private River river;

    @BeforeEach
    void pollTheFixtures() throws Exception {
        Config config = new Config(Path.of("tributary.yml"), "Interop river", URI.create("http://interop.example"),
                new ServerSettings(0), new StoreSettings("jdbc:hsqldb:mem:interop-" + UUID.randomUUID(), "", ""),
                new PollSettings(PollSettings.DEFAULT_INTERVAL, 1, PollSettings.DEFAULT_CONNECT_TIMEOUT,
                        PollSettings.DEFAULT_TIMEOUT, PollSettings.DEFAULT_MAX_BYTES),
                new PublishSettings(2, Optional.empty()), TOPICS,
                List.of(new SourceConfig("Valley Post", fixture("valley-post.rss"), List.of(), Duration.ofMinutes(5)),
                        new SourceConfig("Hill Courier", fixture("hill-courier.atom"), List.of(),
                                Duration.ofMinutes(5))));
        river = River.open(config, Clock.fixed(Instant.parse("2025-03-15T08:00:00Z"), ZoneOffset.UTC));
        river.pollAll(report -> { });
    }

    @AfterEach
    void close() {
        river.close();
    }

    private static URI fixture(String name) throws URISyntaxException {
        return RomeInteropTest.class.getResource("/publish/interop/" + name).toURI();
    }

    private static SyndFeed read(PublishedFile file) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(file.body()),
                StandardCharsets.UTF_8));
    }

    private static void assertSame(SyndFeed feed, List<PublishedStory> stored) {
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactlyElementsOf(stored.stream().map(PublishedStory::id).toList());
        for (int i = 0; i < stored.size(); i++) {
            SyndEntry entry = feed.getEntries().get(i);
            PublishedStory story = stored.get(i);
            assertThat(entry.getTitle()).isEqualTo(story.title());
            assertThat(entry.getLink()).isEqualTo(story.link().orElseThrow());
            assertThat(entry.getCategories()).extracting(SyndCategory::getName)
                    .containsExactlyElementsOf(story.topics());
            assertThat(entry.getLinks()).extracting(SyndLink::getRel).filteredOn("related"::equals)
                    .hasSize(story.carriers().size() - 1);
        }
    }

    @Test
    void mergedFeedReadsBackAsTheStoresNewestStories() throws Exception {
        PublishedSite site = river.render();
        List<PublishedStory> stored = river.store().latest(2, Optional.empty());

        assertThat(stored).hasSize(2);
        assertSame(read(site.file(PublishedSite.ALL_FEED).orElseThrow()), stored);
    }

    @Test
    void everyTopicFeedReadsBackAsTheStoresStoriesOfThatTopic() throws Exception {
        PublishedSite site = river.render();

        for (TopicRule topic : TOPICS) {
            List<PublishedStory> stored = river.store().latest(2, Optional.of(topic.name()));
            assertThat(stored).as(topic.name()).isNotEmpty();
            assertSame(read(site.file(PublishedSite.topicFeed(topic.name())).orElseThrow()), stored);
        }
    }

    @Test
    void archivePagesTogetherHoldEveryStoredStoryOnce() throws Exception {
        PublishedSite site = river.render();
        long count = river.store().storyCount(Optional.empty());

        List<String> archived = new java.util.ArrayList<>();
        for (long page = 0; page * 2 < count; page++) {
            SyndFeed feed = read(site.file(PublishedSite.archivePage(Optional.empty(), page)).orElseThrow());
            feed.getEntries().forEach(entry -> archived.add(entry.getUri()));
        }

        assertThat(archived).hasSize((int) count).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(river.store().latest(100, Optional.empty()).stream()
                        .map(PublishedStory::id).toList());
    }

    @Test
    void aStoryCarriedByTwoSourcesIsOneEntryNamingTheOther() throws Exception {
        SyndFeed feed = read(river.render().file(PublishedSite.ALL_FEED).orElseThrow());
        List<PublishedStory> everything = river.store().latest(100, Optional.empty());

        assertThat(everything).filteredOn(story -> story.carriers().size() == 2).hasSize(1);
        assertThat(feed.getEntries()).isNotEmpty();
    }
}

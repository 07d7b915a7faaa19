package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.PublishSettings;
import io.tributary.store.PublishedStory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.tributary.publish.AtomDom.text;
import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.NOON;
import static io.tributary.publish.Stories.carrier;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, item 8: topic feeds named by their topic; entries without a topic in their own feed on request. */
class UncategorizedFeedTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final String PATH = "/feeds/topics/uncategorized.atom";

    private final SiteRenderer renderer = new SiteRenderer();
    private final PublishedStory tagged = story("t", "Tagged", NOON, List.of("rivers"),
            carrier("Valley Post", "https://valley-post.example/t"));
    private final PublishedStory loose = story("u", "Loose", NOON.minusSeconds(60), List.of(),
            carrier("Valley Post", "https://valley-post.example/u"));

    @Test
    void publishesNoUncategorizedFeedUnlessAsked() {
        PublishedSite site = renderer.render(config(10, topic("rivers", "Rivers")), source(), NOW);

        assertThat(site.file(PATH)).isEmpty();
    }

    @Test
    void publishesEntriesWithoutTopicInTheUncategorizedFeedWhenAsked() throws Exception {
        Config base = config(10, topic("rivers", "Rivers"));
        Config asked = new Config(base.file(), base.title(), base.baseUrl(), base.server(), base.store(), base.poll(),
                new PublishSettings(10, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), true), base.topics(), base.sources());

        PublishedSite site = renderer.render(asked, source(), NOW);

        Element feed = AtomDom.parse(site.file(PATH).orElseThrow().body()).feed();
        assertThat(text(feed, "title")).endsWith("Uncategorized");
        assertThat(AtomDom.children(feed, "entry")).extracting(entry -> text(entry, "title")).containsExactly("Loose");
        Element rivers = AtomDom.parse(site.file("/feeds/topics/rivers.atom").orElseThrow().body()).feed();
        assertThat(text(rivers, "title")).endsWith("Rivers");
    }

    private StorySource source() {
        return new StorySource() {
            @Override
            public List<PublishedStory> latest(int limit, Optional<String> topic) {
                return topic.isEmpty() ? List.of(tagged, loose) : topic.get().equals("rivers") ? List.of(tagged) : List.of();
            }

            @Override
            public List<PublishedStory> uncategorized(int limit) {
                return List.of(loose);
            }

            @Override
            public java.util.Map<String, Long> topicCounts() {
                return java.util.Map.of("rivers", 1L);
            }
        };
    }
}

package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.PublishSettings;
import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class JsonFeedWriterTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private final ObjectMapper mapper = new ObjectMapper();

    private static FakeStorySource stories() {
        return new FakeStorySource(List.of(
                Stories.story("flood", "Flood warning on the lower river", List.of("climate", "rivers")),
                Stories.story("weir", "Weir repaired", List.of("rivers"))));
    }

    private JsonNode json(PublishedSite site, String path) throws Exception {
        PublishedFile file = site.file(path).orElseThrow();
        assertThat(file.contentType()).isEqualTo("application/feed+json; charset=utf-8");
        return mapper.readTree(file.body());
    }

    @Test
    void declaresVersionOnePointOneAndItsOwnUrl() throws Exception {
        JsonNode feed = json(new SiteRenderer().render(config(10), stories(), NOW), "/feeds/all.json");

        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asText()).isEqualTo(Configs.BASE + "/feeds/all.json");
        assertThat(feed.get("home_page_url").asText()).isEqualTo(Configs.BASE + "/");
    }

    @Test
    void holdsTheSameEntriesIdsAndTopicsAsTheAtomFeed() throws Exception {
        PublishedSite site = new SiteRenderer().render(config(10, topic("rivers", "Rivers")), stories(), NOW);
        JsonNode feed = json(site, "/feeds/topics/rivers.json");
        AtomDom atom = AtomDom.parse(site.file("/feeds/topics/rivers.atom").orElseThrow().body());

        List<String> jsonIds = new ArrayList<>();
        feed.get("items").forEach(item -> jsonIds.add(item.get("id").asText()));
        assertThat(jsonIds).containsExactlyElementsOf(
                atom.entries().stream().map(entry -> AtomDom.text(entry, "id")).toList());
        JsonNode first = feed.get("items").get(0);
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("climate", "rivers");
        assertThat(first.get("url").asText()).isEqualTo("https://river-desk.example/flood");
        assertThat(first.get("content_html").asText()).contains("The full text of flood.");
        assertThat(first.get("date_modified").asText()).isEqualTo("2025-03-14T12:00:00Z");
    }

    @Test
    void carriesSubtitleImagesAndHubs() throws Exception {
        PublishSettings publish = new PublishSettings(10, Optional.empty(),
                List.of(URI.create("https://hub.example/")), Optional.of("Rivers, weirs and floods"),
                Optional.of(URI.create("https://img.example/icon.png")),
                Optional.of(URI.create("https://img.example/logo.png")), false);

        JsonNode feed = json(new SiteRenderer().render(config(publish), stories(), NOW), "/feeds/all.json");

        assertThat(feed.get("description").asText()).isEqualTo("Rivers, weirs and floods");
        assertThat(feed.get("favicon").asText()).isEqualTo("https://img.example/icon.png");
        assertThat(feed.get("icon").asText()).isEqualTo("https://img.example/logo.png");
        assertThat(feed.get("hubs").get(0).get("type").asText()).isEqualTo("WebSub");
        assertThat(feed.get("hubs").get(0).get("url").asText()).isEqualTo("https://hub.example/");
    }

    @Test
    void dropsAScriptLinkAndKeepsTheRightsOfTheSource() throws Exception {
        Carrier carrier = new Carrier("Valley Post", URI.create("https://valley.example/feed"),
                Optional.empty(), Optional.of("javascript:alert(1)"), Optional.of("© Valley Post"));
        PublishedStory story = new PublishedStory("tag:tributary.example,2025:x", "Title", carrier.link(),
                "<p>x</p>", "x", NOW, NOW, Optional.empty(), List.of(), List.of(carrier));

        JsonNode item = json(new SiteRenderer().render(config(10), new FakeStorySource(List.of(story)), NOW),
                "/feeds/all.json").get("items").get(0);

        assertThat(item.has("url")).isFalse();
        assertThat(item.get("_tributary").get("source").get("rights").asText()).isEqualTo("© Valley Post");
    }
}

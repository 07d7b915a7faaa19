package io.tributary.publish;

import static io.tributary.publish.AtomDom.children;
import static io.tributary.publish.AtomDom.links;
import static io.tributary.publish.AtomDom.text;
import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.NOON;
import static io.tributary.publish.Stories.carrier;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.store.PublishedStory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

class SiteRendererTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final Config CONFIG = config(100, topic("climate", "Climate & weather"),
            topic("rivers", "Rivers"), topic("quiet", "Quiet topic"));

    private final SiteRenderer renderer = new SiteRenderer();

    private static FakeStorySource stories() {
        return new FakeStorySource(List.of(
                story("new", "Newest", NOON.plusSeconds(60), List.of("climate", "rivers"),
                        carrier("River Desk", "https://river-desk.example/new"),
                        carrier("Valley Post", "https://valley-post.example/new")),
                story("old", "Older", NOON, List.of("rivers"),
                        carrier("Valley Post", "https://valley-post.example/old"))));
    }

    private static Element feed(PublishedSite site, String path) throws Exception {
        return AtomDom.parse(site.file(path).orElseThrow().body()).feed();
    }

    @Test
    void rendersTheMergedFeedEveryTopicFeedAndTheIndex() {
        PublishedSite site = renderer.render(CONFIG, stories(), NOW);

        assertThat(site.files().keySet()).containsExactlyInAnyOrder("/", "/feeds/all.atom",
                "/feeds/all.json", "/feeds/sources.opml", "/feeds/topics.opml",
                "/feeds/topics/climate.atom", "/feeds/topics/rivers.atom",
                "/feeds/topics/quiet.atom", "/feeds/topics/climate.json",
                "/feeds/topics/rivers.json", "/feeds/topics/quiet.json",
                "/topics/climate", "/topics/rivers", "/topics/quiet", "/feeds/archive/0.atom",
                "/feeds/topics/climate/archive/0.atom", "/feeds/topics/rivers/archive/0.atom");
    }

    @Test
    void everyFeedIsValidAtom() throws Exception {
        PublishedSite site = renderer.render(CONFIG, stories(), NOW);

        for (String path : List.of("/feeds/all.atom", "/feeds/topics/climate.atom",
                "/feeds/topics/quiet.atom")) {
            assertThat(AtomSchema.errors(site.file(path).orElseThrow().body())).as(path).isEmpty();
        }
    }

    @Test
    void topicWithoutStoriesStillHasAFeedTitledWithItsLabel() throws Exception {
        Element quiet = feed(renderer.render(CONFIG, stories(), NOW), "/feeds/topics/quiet.atom");

        assertThat(text(quiet, "title")).isEqualTo("Tributary river: Quiet topic");
        assertThat(children(quiet, "entry")).isEmpty();
        assertThat(text(quiet, "updated")).isEqualTo("2025-03-15T08:30:00Z");
    }

    @Test
    void mergedFeedIsTitledWithTheConfiguredTitleAndHoldsEveryStoryNewestFirst() throws Exception {
        Element all = feed(renderer.render(CONFIG, stories(), NOW), "/feeds/all.atom");

        assertThat(text(all, "title")).isEqualTo("Tributary river");
        assertThat(children(all, "entry")).extracting(entry -> text(entry, "id"))
                .containsExactly("tag:tributary.example,2025:new", "tag:tributary.example,2025:old");
    }

    @Test
    void topicFeedHoldsOnlyThatTopicsStories() throws Exception {
        Element climate = feed(renderer.render(CONFIG, stories(), NOW), "/feeds/topics/climate.atom");

        assertThat(children(climate, "entry")).extracting(entry -> text(entry, "id"))
                .containsExactly("tag:tributary.example,2025:new");
    }

    @Test
    void asksTheStoreForAtMostTheConfiguredNumberOfEntries() {
        FakeStorySource source = stories();

        renderer.render(config(7, topic("climate", "Climate")), source, NOW);

        assertThat(source.limitsAsked()).containsOnly(7);
    }

    @Test
    void selfLinkIsTheBaseUrlPlusThePath() throws Exception {
        Element rivers = feed(renderer.render(CONFIG, stories(), NOW), "/feeds/topics/rivers.atom");

        assertThat(links(rivers, "self").get(0).getAttribute("href"))
                .isEqualTo("http://feeds.tributary.example/feeds/topics/rivers.atom");
        assertThat(text(rivers, "id"))
                .isEqualTo("http://feeds.tributary.example/feeds/topics/rivers.atom");
        assertThat(links(rivers, "alternate").get(0).getAttribute("href"))
                .isEqualTo("http://feeds.tributary.example/topics/rivers");
    }

    @Test
    void categorySchemeIsTheBaseUrlTopicsPathAndLabelsComeFromTheConfig() throws Exception {
        Element entry = children(feed(renderer.render(CONFIG, stories(), NOW), "/feeds/all.atom"),
                "entry").get(0);

        Element category = children(entry, "category").get(0);
        assertThat(category.getAttribute("scheme")).isEqualTo("http://feeds.tributary.example/topics/");
        assertThat(category.getAttribute("label")).isEqualTo("Climate & weather");
    }

    @Test
    void feedUpdatedAndLastModifiedAreTheNewestStoryUpdate() throws Exception {
        PublishedSite site = renderer.render(CONFIG, stories(), NOW);

        assertThat(site.file("/feeds/all.atom").orElseThrow().lastModified())
                .isEqualTo(NOON.plusSeconds(60));
        assertThat(site.file("/feeds/topics/rivers.atom").orElseThrow().lastModified())
                .isEqualTo(NOON.plusSeconds(60));
        assertThat(text(feed(site, "/feeds/all.atom"), "updated")).isEqualTo("2025-03-14T12:01:00Z");
    }

    @Test
    void lastModifiedIsNowWhenThereIsNoStory() {
        PublishedSite site = renderer.render(CONFIG, new FakeStorySource(List.of()), NOW);

        assertThat(site.file("/feeds/all.atom").orElseThrow().lastModified()).isEqualTo(NOW);
        assertThat(site.file("/").orElseThrow().lastModified()).isEqualTo(NOW);
    }

    @Test
    void indexPageCountsEachTopicsStoriesFromTheStore() {
        PublishedSite site = renderer.render(CONFIG, stories(), NOW);

        Document page = Jsoup.parse(
                new String(site.file("/").orElseThrow().body(), StandardCharsets.UTF_8));
        assertThat(page.select("ul.topics li")).extracting(li -> li.text())
                .containsExactly("Climate & weather 1 story Atom JSON Feed",
                        "Rivers 2 stories Atom JSON Feed", "Quiet topic 0 stories Atom JSON Feed");
    }

    @Test
    void etagIsAStrongQuotedHashOfTheBytes() {
        PublishedFile all = renderer.render(CONFIG, stories(), NOW).file("/feeds/all.atom")
                .orElseThrow();

        assertThat(all.etag()).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void sameStoriesGiveTheSameEtagAndAChangedStoryADifferentOne() {
        PublishedFile first = renderer.render(CONFIG, stories(), NOW).file("/feeds/all.atom")
                .orElseThrow();
        PublishedFile again = renderer.render(CONFIG, stories(), NOW.plusSeconds(5))
                .file("/feeds/all.atom").orElseThrow();
        PublishedStory changed = Stories.withTitle(stories().latest(1, Optional.empty())
                .get(0), "Newest, corrected");
        PublishedFile other = renderer.render(CONFIG, new FakeStorySource(List.of(changed)), NOW)
                .file("/feeds/all.atom").orElseThrow();

        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(other.etag()).isNotEqualTo(first.etag());
    }

    @Test
    void gzippedCopyInflatesToTheBody() throws Exception {
        PublishedFile all = renderer.render(CONFIG, stories(), NOW).file("/feeds/all.atom")
                .orElseThrow();

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(all.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(all.body());
        }
    }

    @Test
    void feedsAreAtomAndTheIndexIsHtmlBothUtf8() {
        PublishedSite site = renderer.render(CONFIG, stories(), NOW);

        assertThat(site.file("/feeds/all.atom").orElseThrow().contentType())
                .isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(site.file("/").orElseThrow().contentType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void topicWhoseNameWouldEscapeItsFolderGetsNoFeed() {
        PublishedSite site = renderer.render(config(10, topic("../../escape", "Escape")),
                stories(), NOW);

        assertThat(site.files().keySet()).containsExactlyInAnyOrder("/", "/feeds/all.atom",
                "/feeds/all.json", "/feeds/sources.opml", "/feeds/topics.opml",
                "/feeds/archive/0.atom");
    }

    @Test
    void renderedFilesCannotBeChangedThroughTheirAccessors() {
        PublishedFile all = renderer.render(CONFIG, stories(), NOW).file("/feeds/all.atom")
                .orElseThrow();
        byte[] before = all.body();

        all.body()[0] = 'X';

        assertThat(all.body()).isEqualTo(before);
    }
}

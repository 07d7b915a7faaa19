package io.tributary.publish;

import static io.tributary.publish.AtomDom.children;
import static io.tributary.publish.AtomDom.links;
import static io.tributary.publish.AtomDom.text;
import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.store.PublishedStory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** RFC 5005 paging and archiving of the merged and topic feeds. */
class ArchivePagesTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final Config CONFIG = config(3, topic("climate", "Climate"));
    private static final String BASE = Configs.BASE;

    /** Stories s1..sN, stored in that order, s1 the oldest; every even one is about climate. */
    private static FakeStorySource stored(int count) {
        List<PublishedStory> newestFirst = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            newestFirst.add(Stories.story("s" + i, "Story " + i, Stories.NOON.plusSeconds(i * 60L),
                    i % 2 == 0 ? List.of("climate") : List.of(),
                    Stories.carrier("River Desk", "https://river-desk.example/" + i)));
        }
        return new FakeStorySource(newestFirst);
    }

    private static Element feed(PublishedSite site, String path) throws Exception {
        return AtomDom.parse(site.file(path).orElseThrow().body()).feed();
    }

    private static List<String> ids(Element feed) {
        return children(feed, "entry").stream().map(entry -> text(entry, "id"))
                .map(id -> id.substring(id.lastIndexOf(':') + 1)).toList();
    }

    private static String href(Element feed, String rel) {
        return links(feed, rel).get(0).getAttribute("href");
    }

    @Test
    void cutsArchivePagesByStorySequence() throws Exception {
        PublishedSite site = new SiteRenderer().render(CONFIG, stored(7), NOW);

        assertThat(ids(feed(site, "/feeds/archive/0.atom"))).containsExactly("s3", "s2", "s1");
        assertThat(ids(feed(site, "/feeds/archive/1.atom"))).containsExactly("s6", "s5", "s4");
        assertThat(ids(feed(site, "/feeds/archive/2.atom"))).containsExactly("s7");
        assertThat(site.file("/feeds/archive/3.atom")).isEmpty();
    }

    @Test
    void currentFeedLinksNextToTheNewestPageAndPrevArchiveToTheNewestCompleteOne() throws Exception {
        Element all = feed(new SiteRenderer().render(CONFIG, stored(7), NOW), "/feeds/all.atom");

        assertThat(ids(all)).containsExactly("s7", "s6", "s5");
        assertThat(href(all, "next")).isEqualTo(BASE + "/feeds/archive/2.atom");
        assertThat(href(all, "prev-archive")).isEqualTo(BASE + "/feeds/archive/1.atom");
    }

    @Test
    void completePageIsMarkedArchivedAndLinksToOlderPagesAndTheCurrentFeed() throws Exception {
        Element page = feed(new SiteRenderer().render(CONFIG, stored(10), NOW), "/feeds/archive/1.atom");

        assertThat(page.getElementsByTagNameNS(AtomFeedWriter.HISTORY, "archive").getLength()).isEqualTo(1);
        assertThat(href(page, "current")).isEqualTo(BASE + "/feeds/all.atom");
        assertThat(href(page, "prev-archive")).isEqualTo(BASE + "/feeds/archive/0.atom");
        assertThat(href(page, "next")).isEqualTo(BASE + "/feeds/archive/0.atom");
        assertThat(href(page, "last")).isEqualTo(BASE + "/feeds/archive/0.atom");
        assertThat(href(page, "self")).isEqualTo(BASE + "/feeds/archive/1.atom");
    }

    @Test
    void pageStillFillingIsNotMarkedArchived() throws Exception {
        Element page = feed(new SiteRenderer().render(CONFIG, stored(7), NOW), "/feeds/archive/2.atom");

        assertThat(page.getElementsByTagNameNS(AtomFeedWriter.HISTORY, "archive").getLength()).isZero();
        assertThat(href(page, "previous")).isEqualTo(BASE + "/feeds/all.atom");
    }

    @Test
    void completePagesAreCachedForAYearAndTheFillingOneForAMinute() {
        PublishedSite site = new SiteRenderer().render(CONFIG, stored(7), NOW);

        assertThat(site.file("/feeds/archive/0.atom").orElseThrow().cacheControl())
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(site.file("/feeds/archive/2.atom").orElseThrow().cacheControl())
                .isEqualTo("public, max-age=60");
        assertThat(site.file("/feeds/all.atom").orElseThrow().cacheControl())
                .isEqualTo("public, max-age=60");
    }

    @Test
    void anArchivedStoryStaysOnItsPageWhenNewerStoriesArrive() throws Exception {
        SiteRenderer renderer = new SiteRenderer();
        byte[] before = renderer.render(CONFIG, stored(7), NOW).file("/feeds/archive/1.atom")
                .orElseThrow().body();

        PublishedSite later = renderer.render(CONFIG, stored(12), NOW);

        assertThat(later.file("/feeds/archive/1.atom").orElseThrow().body()).isEqualTo(before);
        assertThat(ids(feed(later, "/feeds/archive/3.atom"))).containsExactly("s12", "s11", "s10");
    }

    @Test
    void keepsCompletePagesOutsideTheHeapWithTheSameBytes() throws Exception {
        SiteRenderer renderer = new SiteRenderer();
        renderer.render(CONFIG, stored(7), NOW);

        PublishedSite site = renderer.render(CONFIG, stored(7), NOW);
        PublishedFile complete = site.file("/feeds/archive/1.atom").orElseThrow();
        PublishedFile filling = site.file("/feeds/archive/2.atom").orElseThrow();

        assertThat(complete.bodyBuffer().isDirect()).as("a complete page's bytes are mapped").isTrue();
        assertThat(complete.gzippedBuffer().isDirect()).isTrue();
        assertThat(filling.bodyBuffer().isDirect()).as("the page still filling is rendered each time").isFalse();
        assertThat(ids(feed(site, "/feeds/archive/1.atom"))).containsExactly("s6", "s5", "s4");
        assertThat(new String(gunzip(complete.gzipped()), StandardCharsets.UTF_8))
                .isEqualTo(new String(complete.body(), StandardCharsets.UTF_8));
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFreshRendererMakesTheSameBytesForACompletePage() {
        byte[] first = new SiteRenderer().render(CONFIG, stored(7), NOW).file("/feeds/archive/0.atom")
                .orElseThrow().body();
        byte[] second = new SiteRenderer().render(CONFIG, stored(9), NOW.plusSeconds(3600))
                .file("/feeds/archive/0.atom").orElseThrow().body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void topicFeedsHaveTheirOwnArchive() throws Exception {
        PublishedSite site = new SiteRenderer().render(CONFIG, stored(8), NOW);

        assertThat(ids(feed(site, "/feeds/topics/climate/archive/0.atom"))).containsExactly("s6", "s4", "s2");
        assertThat(ids(feed(site, "/feeds/topics/climate/archive/1.atom"))).containsExactly("s8");
        assertThat(href(feed(site, "/feeds/topics/climate.atom"), "prev-archive"))
                .isEqualTo(BASE + "/feeds/topics/climate/archive/0.atom");
    }

    @Test
    void everyPageIsValidAtom() throws Exception {
        PublishedSite site = new SiteRenderer().render(CONFIG, stored(8), NOW);

        for (String path : site.files().keySet()) {
            if (path.endsWith(".atom")) {
                assertThat(AtomSchema.errors(site.file(path).orElseThrow().body())).as(path).isEmpty();
            }
        }
    }

    @Test
    void aSourceWithoutSequencePublishesNoArchive() {
        StorySource latestOnly = new StorySource() {
            @Override
            public List<PublishedStory> latest(int limit, java.util.Optional<String> topic) {
                return stored(5).latest(limit, topic);
            }

            @Override
            public java.util.Map<String, Long> topicCounts() {
                return java.util.Map.of();
            }
        };

        PublishedSite site = new SiteRenderer().render(CONFIG, latestOnly, NOW);

        assertThat(site.files().keySet()).noneMatch(path -> path.contains("/archive/"));
    }
}

package io.tributary.publish;

import static io.tributary.publish.AtomDom.child;
import static io.tributary.publish.AtomDom.children;
import static io.tributary.publish.AtomDom.links;
import static io.tributary.publish.AtomDom.text;
import static io.tributary.publish.Stories.NOON;
import static io.tributary.publish.Stories.carrier;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class AtomFeedWriterTest {
    private static final URI SCHEME = URI.create("http://feeds.tributary.example/topics/");
    private final AtomFeedWriter writer = new AtomFeedWriter();

    private static FeedDocument feed(PublishedStory... stories) {
        return new FeedDocument("http://feeds.tributary.example/feeds/all.atom", "Tributary river",
                URI.create("http://feeds.tributary.example/feeds/all.atom"),
                URI.create("http://feeds.tributary.example/"), NOON, "Tributary river", SCHEME,
                Map.of("climate", "Climate & weather"), List.of(stories));
    }

    private static PublishedStory reportedThreeTimes() {
        return story("flood", "River floods the lower town", NOON, List.of("climate"),
                carrier("River Desk", "https://river-desk.example/flood"),
                carrier("Valley <Post>", "https://valley-post.example/news/flood?id=1&lang=en"),
                new Carrier("Hill Radio", URI.create("https://hill-radio.example/rss"),
                        Optional.empty(), Optional.empty()));
    }

    private Element onlyEntry(PublishedStory story) throws Exception {
        return AtomDom.parse(writer.write(feed(story))).entries().get(0);
    }

    @Test
    void feedWithoutStoriesIsValidAtom() throws Exception {
        byte[] atom = writer.write(feed());

        assertThat(AtomSchema.errors(atom)).isEmpty();
        assertThat(AtomDom.parse(atom).entries()).isEmpty();
    }

    @Test
    void feedWithStoriesFromSeveralSourcesIsValidAtom() throws Exception {
        byte[] atom = writer.write(feed(reportedThreeTimes(), story("dam", "Dam holds", List.of())));

        assertThat(AtomSchema.errors(atom)).isEmpty();
    }

    @Test
    void feedIsUtf8WithAnXmlDeclaration() {
        byte[] atom = writer.write(feed(story("cafe", "Café reopens by the weir", List.of())));

        String text = new String(atom, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text).contains("Café reopens by the weir");
    }

    @Test
    void feedHeadNamesItselfItsPageItsAuthorAndItsGenerator() throws Exception {
        Element feed = AtomDom.parse(writer.write(feed())).feed();

        assertThat(text(feed, "id")).isEqualTo("http://feeds.tributary.example/feeds/all.atom");
        assertThat(text(feed, "title")).isEqualTo("Tributary river");
        assertThat(child(feed, "title").getAttribute("type")).isEqualTo("text");
        assertThat(text(feed, "updated")).isEqualTo("2025-03-14T12:00:00Z");
        assertThat(text(child(feed, "author"), "name")).isEqualTo("Tributary river");
        Element self = links(feed, "self").get(0);
        assertThat(self.getAttribute("href")).isEqualTo("http://feeds.tributary.example/feeds/all.atom");
        assertThat(self.getAttribute("type")).isEqualTo("application/atom+xml");
        Element alternate = links(feed, "alternate").get(0);
        assertThat(alternate.getAttribute("href")).isEqualTo("http://feeds.tributary.example/");
        assertThat(alternate.getAttribute("type")).isEqualTo("text/html");
        Element generator = child(feed, "generator");
        assertThat(generator.getTextContent()).isEqualTo("Tributary");
        assertThat(generator.getAttribute("version")).isNotBlank();
        assertThat(generator.getAttribute("uri")).isEqualTo("http://feeds.tributary.example/");
    }

    @Test
    void entryIdIsTheStoryIdUnchanged() throws Exception {
        PublishedStory story = story("x", "Weir repaired", List.of());

        Element entry = onlyEntry(story);

        assertThat(text(entry, "id")).isEqualTo("tag:tributary.example,2025:x");
    }

    @Test
    void entriesKeepTheOrderTheyAreGiven() throws Exception {
        byte[] atom = writer.write(feed(story("b", "Second", List.of()), story("a", "First", List.of()),
                story("c", "Third", List.of())));

        assertThat(AtomDom.parse(atom).entries()).extracting(entry -> text(entry, "id"))
                .containsExactly("tag:tributary.example,2025:b", "tag:tributary.example,2025:a",
                        "tag:tributary.example,2025:c");
    }

    @Test
    void entryLinksToTheOriginalArticle() throws Exception {
        Element entry = onlyEntry(reportedThreeTimes());

        assertThat(links(entry, "alternate")).extracting(link -> link.getAttribute("href"))
                .containsExactly("https://river-desk.example/flood");
    }

    @Test
    void entryLinksToEveryOtherCopyAsRelatedNamedBySource() throws Exception {
        Element entry = onlyEntry(reportedThreeTimes());

        List<Element> related = links(entry, "related");
        assertThat(related).extracting(link -> link.getAttribute("href"))
                .containsExactly("https://valley-post.example/news/flood?id=1&lang=en");
        assertThat(related).extracting(link -> link.getAttribute("title"))
                .containsExactly("Valley <Post>");
    }

    @Test
    void entryHasOneCategoryPerTopicWithSchemeAndLabel() throws Exception {
        Element entry = onlyEntry(story("s", "Storm", List.of("climate", "rivers")));

        List<Element> categories = children(entry, "category");
        assertThat(categories).extracting(c -> c.getAttribute("term"))
                .containsExactly("climate", "rivers");
        assertThat(categories).extracting(c -> c.getAttribute("scheme"))
                .containsOnly("http://feeds.tributary.example/topics/");
        assertThat(categories).extracting(c -> c.getAttribute("label"))
                .containsExactly("Climate & weather", "rivers");
    }

    @Test
    void sourceNamesTheFeedOfTheFirstCarrier() throws Exception {
        Element source = child(onlyEntry(reportedThreeTimes()), "source");

        assertThat(text(source, "id")).isEqualTo("https://river-desk.example/feed.xml");
        assertThat(text(source, "title")).isEqualTo("River Desk feed");
        assertThat(links(source, "self").get(0).getAttribute("href"))
                .isEqualTo("https://river-desk.example/feed.xml");
        assertThat(text(source, "updated")).isEqualTo("2025-03-14T12:00:00Z");
    }

    @Test
    void sourceTitleFallsBackToTheSourceNameWhenTheFeedHasNone() throws Exception {
        Carrier untitled = new Carrier("Hill Radio", URI.create("https://hill-radio.example/rss"),
                Optional.empty(), Optional.of("https://hill-radio.example/a"));
        Element source = child(onlyEntry(story("h", "Hail", NOON, List.of(), untitled)), "source");

        assertThat(text(source, "title")).isEqualTo("Hill Radio");
    }

    @Test
    void summaryIsPlainTextAndContentIsHtml() throws Exception {
        Element entry = onlyEntry(story("w", "Weir", List.of()));

        assertThat(child(entry, "summary").getAttribute("type")).isEqualTo("text");
        assertThat(text(entry, "summary")).isEqualTo("Summary of w.");
        assertThat(child(entry, "content").getAttribute("type")).isEqualTo("html");
        assertThat(text(entry, "content")).isEqualTo("<p>The full text of w.</p>");
    }

    @Test
    void contentEndsByNamingTheOtherSourcesLinkedToTheirCopies() throws Exception {
        String content = text(onlyEntry(reportedThreeTimes()), "content");

        assertThat(content).endsWith("<p>Also reported by <a href=\"https://valley-post.example/"
                + "news/flood?id=1&amp;lang=en\">Valley &lt;Post&gt;</a>, Hill Radio.</p>");
    }

    @Test
    void contentOfAStoryFromOneSourceHasNoCredits() throws Exception {
        String content = text(onlyEntry(story("w", "Weir", List.of())), "content");

        assertThat(content).doesNotContain("Also reported by");
    }

    @Test
    void publishedAndUpdatedAreRfc3339() throws Exception {
        Element entry = onlyEntry(story("w", "Weir", List.of()));

        assertThat(text(entry, "published")).isEqualTo("2025-03-14T11:00:00Z");
        assertThat(text(entry, "updated")).isEqualTo("2025-03-14T12:00:00Z");
    }

    @Test
    void authorIsWrittenOnlyWhenKnown() throws Exception {
        PublishedStory story = story("w", "Weir", List.of());

        assertThat(children(onlyEntry(story), "author")).isEmpty();
        assertThat(text(child(onlyEntry(Stories.withAuthor(story, "R. Banks")), "author"), "name"))
                .isEqualTo("R. Banks");
    }

    @Test
    void hostileTitleStaysTextAndTheFeedStaysValid() throws Exception {
        String hostile = "<script>alert(1)</script> ]]> & <![CDATA[ x ]]>";
        PublishedStory story = Stories.withTitle(story("h", "x", List.of()), hostile);

        byte[] atom = writer.write(feed(story));

        assertThat(AtomSchema.errors(atom)).isEmpty();
        assertThat(text(AtomDom.parse(atom).entries().get(0), "title")).isEqualTo(hostile);
        assertThat(new String(atom, StandardCharsets.UTF_8)).doesNotContain("<script>", "]]>");
    }

    @Test
    void dropsControlCharactersXmlCannotHold() throws Exception {
        PublishedStory story = Stories.withTitle(story("c", "x", List.of()),
                "Bell\u0007 rings\u0000 at\u001b noon\uFFFE\tand\nnight");

        byte[] atom = writer.write(feed(story));

        assertThat(AtomSchema.errors(atom)).isEmpty();
        assertThat(text(AtomDom.parse(atom).entries().get(0), "title"))
                .isEqualTo("Bell rings at noon\tand\nnight");
    }

    @Test
    void dropsAHalfSurrogatePairButKeepsAWholeOne() throws Exception {
        PublishedStory story = Stories.withTitle(story("s", "x", List.of()),
                "broken \uD800< whole \uD83C\uDF0A");

        byte[] atom = writer.write(feed(story));

        assertThat(AtomSchema.errors(atom)).isEmpty();
        assertThat(text(AtomDom.parse(atom).entries().get(0), "title"))
                .isEqualTo("broken < whole \uD83C\uDF0A");
    }

    @Test
    void scriptLinkFromASourceIsNotPublished() throws Exception {
        PublishedStory story = Stories.withLink(story("j", "Weir", List.of()),
                "javascript:alert(document.cookie)");

        Element entry = onlyEntry(story);

        assertThat(links(entry, "alternate")).isEmpty();
        assertThat(AtomSchema.errors(writer.write(feed(story)))).isEmpty();
    }

    @Test
    void entryLinksEachEnclosureWithTypeAndLength() throws Exception {
        PublishedStory plain = story("episode", "Episode one", List.of());
        PublishedStory podcast = new PublishedStory(plain.id(), plain.title(), plain.link(), plain.contentHtml(),
                plain.summary(), plain.published(), plain.updated(), plain.author(), plain.topics(), plain.carriers(),
                List.of(new io.tributary.parse.Enclosure("https://cdn.example/ep1.mp3", Optional.of("audio/mpeg"),
                                java.util.OptionalLong.of(31457280)),
                        new io.tributary.parse.Enclosure("https://cdn.example/ep1.mp4", Optional.empty(),
                                java.util.OptionalLong.empty()),
                        new io.tributary.parse.Enclosure("file:///etc/passwd", Optional.empty(),
                                java.util.OptionalLong.empty())));
        byte[] atom = writer.write(feed(podcast));

        assertThat(AtomSchema.errors(atom)).isEmpty();
        List<Element> enclosures = links(AtomDom.parse(atom).entries().get(0), "enclosure");
        assertThat(enclosures).extracting(link -> link.getAttribute("href"))
                .containsExactly("https://cdn.example/ep1.mp3", "https://cdn.example/ep1.mp4");
        assertThat(enclosures.get(0).getAttribute("type")).isEqualTo("audio/mpeg");
        assertThat(enclosures.get(0).getAttribute("length")).isEqualTo("31457280");
        assertThat(enclosures.get(1).hasAttribute("length")).isFalse();
    }
}

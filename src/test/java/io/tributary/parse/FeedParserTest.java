package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture, String documentUrl) throws ParseException {
        return parser.parse(FeedFixtures.bytes(fixture), URI.create(documentUrl));
    }

    private RawEntry first(String fixture, String documentUrl) throws ParseException {
        return parse(fixture, documentUrl).entries().get(0);
    }

    @Test
    void prefersContentEncodedOverDescription() throws ParseException {
        RawEntry entry = first("rss2-content-encoded.xml", "https://gazette.example.org/feed");
        assertThat(entry.contentHtml()).isEqualTo("<p>The old footbridge over the Wend is <b>open again</b> after "
                + "six weeks of repairs.</p><p>Cyclists must still dismount.</p>");
        assertThat(entry.summaryHtml()).contains("The old footbridge is open again.");
    }

    @Test
    void readsRss2GuidLinkDateAuthorAndCategories() throws ParseException {
        RawEntry entry = first("rss2-content-encoded.xml", "https://gazette.example.org/feed");
        assertThat(entry.guid()).contains("gazette-2024-0517");
        assertThat(entry.link()).contains("https://gazette.example.org/2024/05/footbridge-reopens");
        assertThat(entry.title()).isEqualTo("Footbridge reopens after spring floods");
        assertThat(entry.published()).contains(Instant.parse("2024-05-17T09:30:00Z"));
        assertThat(entry.author()).contains("Mara Ellison");
        assertThat(entry.categories()).containsExactly("Transport", "Floods");
    }

    @Test
    void takesTheNameFromAnRssAuthorAddress() throws ParseException {
        RawEntry entry = parse("rss2-content-encoded.xml", "https://gazette.example.org/feed").entries().get(1);
        assertThat(entry.author()).contains("News Desk");
        assertThat(entry.published()).contains(Instant.parse("2024-05-16T16:05:00Z"));
    }

    @Test
    void hasNoSummaryWhenOnlyContentIsGiven() throws ParseException {
        RawEntry entry = parse("rss2-content-encoded.xml", "https://gazette.example.org/feed").entries().get(1);
        assertThat(entry.summaryHtml()).isEmpty();
    }

    @Test
    void usesTheAbsoluteEntryLinkAsBase() throws ParseException {
        RawEntry entry = first("rss2-content-encoded.xml", "https://gazette.example.org/feed");
        assertThat(entry.baseUri()).isEqualTo(URI.create("https://gazette.example.org/2024/05/footbridge-reopens"));
    }

    @Test
    void usesTheDescriptionAsContentWhenThereIsNoOther() throws ParseException {
        RawEntry entry = first("rss2-description-only.xml", "https://notes.example.net/rss");
        assertThat(entry.contentHtml()).isEqualTo("<p>The library now stays open until <em>eight</em> on weekdays.</p>");
        assertThat(entry.summaryHtml()).isEmpty();
    }

    @Test
    void keepsARelativeLinkAsWrittenAndBasesItOnTheFeedLink() throws ParseException {
        RawEntry entry = first("rss2-description-only.xml", "https://cdn.example.net/rss");
        assertThat(entry.link()).contains("/posts/library-hours");
        assertThat(entry.baseUri()).isEqualTo(URI.create("https://notes.example.net/"));
    }

    @Test
    void givesNoGuidToAnItemWithoutOne() throws ParseException {
        RawEntry entry = first("rss2-description-only.xml", "https://notes.example.net/rss");
        assertThat(entry.guid()).isEmpty();
    }

    @Test
    void readsAtomXhtmlContentWithoutItsWrapperDiv() throws ParseException {
        RawEntry entry = first("atom1-content-types.xml", "https://harbour.example.com/atom");
        assertThat(entry.contentHtml()).startsWith("<p>From Monday the first ferry leaves at ")
                .contains("six</strong>").doesNotContain("<div");
    }

    @Test
    void escapesAtomTextSummary() throws ParseException {
        RawEntry entry = first("atom1-content-types.xml", "https://harbour.example.com/atom");
        assertThat(entry.summaryHtml()).contains("New ferry times start on Monday.");
    }

    @Test
    void readsAtomHtmlContentAsMarkup() throws ParseException {
        RawEntry entry = parse("atom1-content-types.xml", "https://harbour.example.com/atom").entries().get(1);
        assertThat(entry.contentHtml()).isEqualTo("<p>Engineers found the harbour wall <i>sound</i>.</p>");
    }

    @Test
    void escapesAtomTextContent() throws ParseException {
        RawEntry entry = parse("atom1-content-types.xml", "https://harbour.example.com/atom").entries().get(2);
        assertThat(entry.contentHtml()).isEqualTo(
                "Tables for June are out. High tide &lt; 5 m &amp; low tide &gt; 1 m. &lt;b&gt;not bold&lt;/b&gt;");
    }

    @Test
    void removesMarkupFromAnAtomHtmlTitle() throws ParseException {
        RawEntry entry = first("atom1-content-types.xml", "https://harbour.example.com/atom");
        assertThat(entry.title()).isEqualTo("Ferry timetable changes & new routes");
    }

    @Test
    void readsAtomIdDatesAuthorAndCategory() throws ParseException {
        RawEntry entry = first("atom1-content-types.xml", "https://harbour.example.com/atom");
        assertThat(entry.guid()).contains("tag:harbour.example.com,2024:ferry-timetable");
        assertThat(entry.link()).contains("https://harbour.example.com/news/ferry-timetable");
        assertThat(entry.published()).contains(Instant.parse("2024-05-19T08:00:00Z"));
        assertThat(entry.updated()).contains(Instant.parse("2024-05-20T07:15:00Z"));
        assertThat(entry.author()).contains("Ines Marlow");
        assertThat(entry.categories()).containsExactly("transport");
    }

    @Test
    void usesTheEntryXmlBaseAsBase() throws ParseException {
        RawEntry entry = first("atom1-xml-base.xml", "https://feeds.example.org/log.atom");
        assertThat(entry.link()).contains("kiln");
        assertThat(entry.baseUri()).isEqualTo(URI.create("https://blog.example.org/2024/05/"));
    }

    @Test
    void usesTheFeedXmlBaseForAnEntryWithoutItsOwn() throws ParseException {
        RawEntry entry = parse("atom1-xml-base.xml", "https://feeds.example.org/log.atom").entries().get(1);
        assertThat(entry.baseUri()).isEqualTo(URI.create("https://blog.example.org/"));
    }

    @Test
    void resolvesTheFeedLinkAgainstTheFeedXmlBase() throws ParseException {
        ParsedFeed feed = parse("atom1-xml-base.xml", "https://feeds.example.org/log.atom");
        assertThat(feed.title()).contains("Workshop Log");
        assertThat(feed.link()).contains("https://blog.example.org/");
    }

    @Test
    void fallsBackToTheDocumentUrlAsBase() throws ParseException {
        String atom = "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:x</id>"
                + "<updated>2024-01-01T00:00:00Z</updated><entry><title>e</title><id>urn:e</id>"
                + "<updated>2024-01-01T00:00:00Z</updated><link href='e1'/></entry></feed>";
        ParsedFeed feed = parser.parse(atom.getBytes(StandardCharsets.UTF_8), URI.create("https://x.example/feeds/a.xml"));
        assertThat(feed.entries().get(0).baseUri()).isEqualTo(URI.create("https://x.example/feeds/a.xml"));
    }

    @Test
    void readsRss1DublinCoreDateCreatorAndSubject() throws ParseException {
        RawEntry entry = first("rss1-rdf.xml", "https://almanac.example.org/rss");
        assertThat(entry.title()).isEqualTo("First frost arrives early");
        assertThat(entry.link()).contains("https://almanac.example.org/first-frost");
        assertThat(entry.contentHtml()).isEqualTo("Gardeners should cover tender plants tonight.");
        assertThat(entry.published()).contains(Instant.parse("2024-10-02T04:45:00Z"));
        assertThat(entry.author()).contains("Tomas Reyne");
        assertThat(entry.categories()).containsExactly("Weather");
    }

    @Test
    void readsRss091InItsDeclaredEncoding() throws ParseException {
        ParsedFeed feed = parse("rss091.xml", "http://bulletin.example.com/rss");
        assertThat(feed.title()).contains("Café Bulletin");
        assertThat(feed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Night café opens on Fridays");
            assertThat(entry.link()).contains("http://bulletin.example.com/night-cafe");
            assertThat(entry.contentHtml()).isEqualTo("The café by the station stays open late on Fridays.");
        });
    }

    @Test
    void readsRss092WithLatin1Bytes() throws ParseException {
        RawEntry entry = first("rss092.xml", "http://orchard.example.com/rss");
        assertThat(entry.title()).isEqualTo("Pear harvest à la carte");
        assertThat(entry.contentHtml()).isEqualTo("<p>Pickers start on the north rows.</p>");
        assertThat(entry.categories()).containsExactly("Harvest");
    }

    @Test
    void readsAtom03IssuedAsPublishedAndModifiedAsUpdated() throws ParseException {
        RawEntry entry = first("atom03.xml", "https://pond.example.org/atom");
        assertThat(entry.published()).contains(Instant.parse("2024-04-01T08:00:00Z"));
        assertThat(entry.updated()).contains(Instant.parse("2024-04-02T12:00:00Z"));
    }

    @Test
    void readsAtom03EscapedContentAndTextSummary() throws ParseException {
        RawEntry entry = first("atom03.xml", "https://pond.example.org/atom");
        assertThat(entry.guid()).contains("tag:pond.example.org,2024:frogs");
        assertThat(entry.author()).contains("Lena Brook");
        assertThat(entry.contentHtml()).isEqualTo("<p>We counted <b>eleven</b> frogs by the reeds.</p>");
        assertThat(entry.summaryHtml()).contains("The frogs returned this week.");
    }

    @Test
    void readsABodyEncodedAsUtf16WithAByteOrderMark() throws ParseException {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Zürich</title>"
                + "<item><title>Grüße</title></item></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_16), URI.create("https://z.example/rss"));
        assertThat(feed.entries()).singleElement().extracting(RawEntry::title).isEqualTo("Grüße");
    }

    @Test
    void readsHtmlEntitiesThatXmlDoesNotDefine() throws ParseException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf&eacute;&nbsp;news</title>"
                + "</item></channel></rss>";
        RawEntry entry = parser.parse(rss.getBytes(StandardCharsets.UTF_8), URI.create("https://z.example/rss")).entries().get(0);
        assertThat(entry.title()).isEqualTo("Café\u00a0news");
    }

    @Test
    void keepsEntriesInDocumentOrder() throws ParseException {
        ParsedFeed feed = parse("atom1-content-types.xml", "https://harbour.example.com/atom");
        assertThat(feed.entries()).extracting(RawEntry::guid).containsExactly(
                Optional.of("tag:harbour.example.com,2024:ferry-timetable"),
                Optional.of("tag:harbour.example.com,2024:wall-survey"),
                Optional.of("tag:harbour.example.com,2024:tide-tables"));
    }
}

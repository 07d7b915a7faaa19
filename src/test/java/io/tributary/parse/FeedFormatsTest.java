package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format the issue names is read, with enclosures, Media RSS, authors, rights and hub. */
class FeedFormatsTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture) throws ParseException {
        return parser.parse(FeedFixtures.bytes(fixture), URI.create("https://feeds.example.com/" + fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss090.xml", "rss091.xml", "rss092.xml", "rss093.xml", "rss094.xml", "rss1-rdf.xml",
        "rss2-content-encoded.xml", "atom03.xml", "atom1-content-types.xml", "json-feed-1.0.json", "json-feed-1.1.json"})
    void readsEveryFormatWithAtLeastOneTitledEntry(String fixture) throws ParseException {
        ParsedFeed feed = parse(fixture);
        assertThat(feed.entries()).isNotEmpty();
        assertThat(feed.entries().get(0).title()).isNotBlank();
        assertThat(feed.recovered()).isFalse();
    }

    @Test
    void readsRss090Items() throws ParseException {
        ParsedFeed feed = parse("rss090.xml");
        assertThat(feed.title()).contains("Lantern Hill Almanac");
        assertThat(feed.entries()).extracting(RawEntry::title)
                .containsExactly("First frost on the orchard", "Apple harvest counted");
    }

    @Test
    void readsAnRss094Enclosure() throws ParseException {
        RawEntry entry = parse("rss094.xml").entries().get(0);
        assertThat(entry.enclosures()).containsExactly(new Enclosure("https://millrace.example.net/audio/sluice.mp3",
                Optional.of("audio/mpeg"), OptionalLong.of(482113)));
    }

    @Test
    void readsANetscapeRss091FeedWhoseDoctypeHasNoInternalSubset() throws ParseException {
        ParsedFeed feed = parse("rss091-netscape-doctype.xml");
        assertThat(feed.entries()).extracting(RawEntry::title).containsExactly("Evening crossing moved");
    }

    @Test
    void takesTheAuthorFromItunesAuthor() throws ParseException {
        assertThat(parse("rss2-podcast.xml").entries().get(0).author()).contains("Oda Brannock");
    }

    @Test
    void takesTheAuthorFromDcCreator() throws ParseException {
        assertThat(parse("rss2-podcast.xml").entries().get(1).author()).contains("Perrin Vale");
    }

    @Test
    void keepsAPodcastEnclosureWithTypeAndLength() throws ParseException {
        assertThat(parse("rss2-podcast.xml").entries().get(0).enclosures()).containsExactly(new Enclosure(
                "https://cdn.tidewater.example.com/12.mp3", Optional.of("audio/mpeg"), OptionalLong.of(31457280)));
    }

    @Test
    void keepsMediaRssContentInsideAndOutsideAGroup() throws ParseException {
        List<Enclosure> media = parse("rss2-podcast.xml").entries().get(1).enclosures();
        assertThat(media).extracting(Enclosure::url).containsExactly(
                "https://cdn.tidewater.example.com/11-hd.mp4", "https://cdn.tidewater.example.com/11-sd.mp4",
                "https://cdn.tidewater.example.com/11.jpg");
        assertThat(media.get(0).length()).hasValue(104857600);
        assertThat(media.get(1).length()).isEmpty();
    }

    @Test
    void readsRssCopyrightAndAnAtomLinkHub() throws ParseException {
        ParsedFeed feed = parse("rss2-podcast.xml");
        assertThat(feed.rights()).contains("Copyright 2024 Tidewater Talks collective");
        assertThat(feed.hub()).contains("https://hub.example.net/");
    }

    @Test
    void readsAtomRightsHubAndEnclosureLink() throws ParseException {
        ParsedFeed feed = parse("atom1-enclosure-hub-rights.xml");
        assertThat(feed.rights()).contains("Shared under CC BY 4.0");
        assertThat(feed.hub()).contains("https://websub.example.net/hub");
        RawEntry entry = feed.entries().get(0);
        assertThat(entry.enclosures()).containsExactly(new Enclosure("https://quarry.example.org/night-shift.ogg",
                Optional.of("audio/ogg"), OptionalLong.of(2048000)));
        assertThat(entry.published()).contains(Instant.parse("2024-06-01T07:00:00Z"));
    }

    @Test
    void readsJsonFeed10() throws ParseException {
        ParsedFeed feed = parse("json-feed-1.0.json");
        assertThat(feed.title()).contains("Kiln Notes");
        assertThat(feed.link()).contains("https://kiln.example.com/");
        RawEntry first = feed.entries().get(0);
        assertThat(first.guid()).contains("kiln-7");
        assertThat(first.contentHtml()).isEqualTo("<p>The copper glaze finally <b>held</b>.</p>");
        assertThat(first.summaryHtml()).contains("Copper glaze held.");
        assertThat(first.author()).contains("Tova Reyes");
        assertThat(first.categories()).containsExactly("glaze", "copper");
        assertThat(first.published()).contains(Instant.parse("2024-05-30T22:20:00Z"));
    }

    @Test
    void escapesJsonFeedContentTextAndBasesRelativeUrlsOnTheHomePage() throws ParseException {
        RawEntry second = parse("json-feed-1.0.json").entries().get(1);
        assertThat(second.contentHtml()).isEqualTo("<p>Cone 6 reached at 11pm.</p><p>Cooling overnight.</p>");
        assertThat(second.link()).contains("/6");
        assertThat(second.baseUri()).isEqualTo(URI.create("https://kiln.example.com/"));
    }

    @Test
    void readsJsonFeed11AuthorsAttachmentsAndHub() throws ParseException {
        ParsedFeed feed = parse("json-feed-1.1.json");
        assertThat(feed.hub()).contains("https://hub.signalbox.example.net/");
        RawEntry entry = feed.entries().get(0);
        assertThat(entry.author()).contains("Bram Osei");
        assertThat(entry.updated()).contains(Instant.parse("2024-06-03T09:00:00Z"));
        assertThat(entry.enclosures()).containsExactly(new Enclosure("https://signalbox.example.net/s/31.mp3",
                Optional.of("audio/mpeg"), OptionalLong.of(5242880)));
    }
}

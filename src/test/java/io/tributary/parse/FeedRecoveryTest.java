package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Broken feeds a lenient reader still reads: each is read and reported as recovered. */
class FeedRecoveryTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture) throws ParseException {
        return parser.parse(FeedFixtures.bytes(fixture), URI.create("https://wharf.example.com/feed"));
    }

    @Test
    void readsAFeedWithAByteOrderMarkAndWhiteSpaceBeforeTheProlog() throws ParseException {
        ParsedFeed feed = parse("recover-bom-and-whitespace.xml");
        assertThat(feed.entries()).extracting(RawEntry::title).containsExactly("Cranes idle");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void readsWindows1252TextDeclaredAsUtf8() throws ParseException {
        ParsedFeed feed = parse("recover-windows-1252-declared-utf8.xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Café reopens – “finally”");
        assertThat(feed.entries().get(0).contentHtml()).isEqualTo("Crème brûlée is back.");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void readsUtf8TextDeclaredAsWindows1252() throws ParseException {
        ParsedFeed feed = parse("recover-utf8-declared-windows-1252.xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Naïve forecast — rain");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void turnsUndeclaredHtmlEntitiesIntoCharacters() throws ParseException {
        ParsedFeed feed = parse("recover-html-entities.xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Tide\u00a0tables — summer");
        assertThat(feed.entries().get(0).contentHtml()).isEqualTo("High water at 06:12 … low at 12:30 © harbour office.");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void readsABareAmpersandAsAnAmpersand() throws ParseException {
        ParsedFeed feed = parse("recover-bare-ampersand.xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Fish & chips stall opens");
        assertThat(feed.entries().get(0).contentHtml()).isEqualTo("Cod & haddock, AT&T accepted.");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void dropsControlCharactersXmlForbids() throws ParseException {
        ParsedFeed feed = parse("recover-control-characters.xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Ropes and knots");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void keepsTheEntriesBeforeTheBreakOfACutOffDocument() throws ParseException {
        ParsedFeed feed = parse("recover-truncated.xml");
        assertThat(feed.title()).contains("Wharf Gazette");
        assertThat(feed.entries()).extracting(RawEntry::title).containsExactly("Dredger arrives", "Channel depth");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void reportsAWellFormedFeedAsNotRecovered() throws ParseException {
        assertThat(parse("rss2-content-encoded.xml").recovered()).isFalse();
    }
}

package io.tributary.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The parser stage: a fetched body in, a {@link ParsedFeed} of raw entries out.
 *
 * <p>Reads RSS 0.90-2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 through Rome, and JSON Feed 1.0/1.1
 * ({@link JsonFeedParser}), whichever the body turns out to be. XML is read by
 * {@link RecoveringXmlReader}, which repairs what lenient readers repair (and says so in
 * {@link ParsedFeed#recovered()}) but refuses any DOCTYPE with an internal subset, so no entity is
 * ever expanded and no file or URL other than the body is ever read. Every failure comes out as a {@link ParseException};
 * nothing else escapes {@link #parse}, whatever the body holds. Instances hold no state and may
 * be shared between threads.
 */
public final class FeedParser {
    private final BodySniffer sniffer = new BodySniffer();
    private final RecoveringXmlReader xmlReader = new RecoveringXmlReader();
    private final JsonFeedParser jsonParser = new JsonFeedParser();
    private final RawEntryReader entryReader = new RawEntryReader();
    private final DeclaredCharset declaredCharset = new DeclaredCharset();

    /**
     * Parses one feed document whose HTTP {@code Content-Type} was {@code contentType}: a
     * {@code charset} there wins over the XML declaration, a byte order mark wins over both
     * (RFC 7303). Otherwise as {@link #parse(byte[], URI)}.
     */
    public ParsedFeed parse(byte[] body, URI documentUrl, Optional<String> contentType) throws ParseException {
        return parse(declaredCharset.apply(body, contentType), documentUrl);
    }

    /**
     * Parses one feed document.
     *
     * @param body        the body as fetched (any encoding the XML declares or a BOM shows)
     * @param documentUrl where the body came from: named in errors, and the last resort for
     *                    resolving relative URLs
     * @throws ParseException NOT_A_FEED for an empty body, JSON, an HTML page or an unknown XML
     *                        format; INVALID for malformed XML, a DOCTYPE, or a feed Rome rejects
     */
    public ParsedFeed parse(byte[] body, URI documentUrl) throws ParseException {
        try {
            return read(body, documentUrl);
        } catch (RuntimeException e) {
            // Rome's parsers throw unchecked exceptions on odd input (bad numbers, missing parts);
            // to the caller that is one more invalid feed, not a crash.
            throw new ParseException(ParseException.Kind.INVALID, documentUrl,
                    "the feed parser failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private ParsedFeed read(byte[] body, URI documentUrl) throws ParseException {
        if (sniffer.looksLikeJsonObject(body)) {
            return jsonParser.parse(body, documentUrl);
        }
        Optional<String> notAFeed = sniffer.notAFeedReason(body);
        if (notAFeed.isPresent()) {
            throw new ParseException(ParseException.Kind.NOT_A_FEED, documentUrl, notAFeed.get(), null);
        }
        RecoveringXmlReader.Read read = xmlReader.read(body, documentUrl);
        Document document = read.document();
        String root = document.getRootElement().getName();
        if (BodySniffer.isHtmlRoot(root)) {
            throw new ParseException(ParseException.Kind.NOT_A_FEED, documentUrl, BodySniffer.HTML_PAGE, null);
        }
        List<Element> entryElements = XmlBases.entryElements(document.getRootElement());
        HiddenDates dates = HiddenDates.hide(entryElements);
        SyndFeed feed;
        try {
            feed = romeFeed(document, documentUrl, root);
        } finally {
            dates.restore();
        }
        if (dates.any() && feed.getEntries().size() != entryElements.size()) {
            // Entries not matched to their elements get Rome's dates, so Rome must see them all.
            feed = romeFeed(document, documentUrl, root);
        }
        return toParsedFeed(feed, document, documentUrl, read.recovered());
    }

    private static SyndFeed romeFeed(Document document, URI documentUrl, String root) throws ParseException {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true); // the format's own model keeps what the common one drops
        try {
            return input.build(document);
        } catch (IllegalArgumentException e) {
            // Rome's way of saying that no parser claims the document.
            throw new ParseException(ParseException.Kind.NOT_A_FEED, documentUrl,
                    "not a feed: unknown XML format <" + root + ">", e);
        } catch (FeedException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl,
                    "the feed is invalid: " + e.getMessage(), e);
        }
    }

    private ParsedFeed toParsedFeed(SyndFeed feed, Document document, URI documentUrl, boolean recovered) {
        boolean atom = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom");
        Optional<String> feedLink = Optional.ofNullable(feed.getLink()).map(String::strip).filter(l -> !l.isEmpty());
        Optional<URI> rootBase = XmlBases.inScope(document.getRootElement(), documentUrl);
        RawEntryReader.FeedContext context = new RawEntryReader.FeedContext(
                atom, feedLink.flatMap(RawEntryReader::absolute), documentUrl);

        List<SyndEntry> entries = feed.getEntries();
        List<Element> elements = XmlBases.entryElements(document.getRootElement());
        // Rome keeps document order; should it ever disagree on the count, no entry gets a
        // possibly wrong base or element.
        boolean elementsMatch = elements.size() == entries.size();
        List<RawEntry> raw = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Optional<Element> element = elementsMatch ? Optional.of(elements.get(i)) : Optional.empty();
            raw.add(entryReader.read(entries.get(i), context,
                    element.flatMap(e -> XmlBases.inScope(e, documentUrl)), element));
        }
        String title = FeedText.title(feed.getTitle(), feed.getTitleEx());
        return new ParsedFeed(
                title.isEmpty() ? Optional.empty() : Optional.of(title),
                feedLink.map(link -> resolve(rootBase.orElse(documentUrl), link)),
                raw,
                Optional.ofNullable(feed.getCopyright()).map(String::strip).filter(r -> !r.isEmpty()),
                ElementExtras.hub(document).map(hub -> resolve(rootBase.orElse(documentUrl), hub)),
                recovered);
    }

    /** The feed's website link made absolute, so the publisher can point readers at it. */
    private static String resolve(URI base, String link) {
        try {
            return base.resolve(new URI(link)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }
}

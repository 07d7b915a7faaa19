package io.tributary.publish;

import io.tributary.parse.Enclosure;
import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes one Atom 1.0 feed (RFC 4287) as UTF-8 bytes. Every piece of text goes through the StAX
 * writer, which escapes it, after {@link XmlText#legal} has dropped what XML cannot carry; links
 * from sources are published only when {@link SafeLink} accepts them.
 */
public final class AtomFeedWriter {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 5005 section 4: marks a complete archive page. */
    static final String HISTORY = "http://purl.org/syndication/history/1.0";

    // The JDK's own implementation, never one found on the classpath, so output is the same
    // whatever jars ride along (a test jar may bring another StAX provider).
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
    private final String version;

    public AtomFeedWriter() {
        this.version = TributaryVersion.current();
    }

    public byte[] write(FeedDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            if (doc.archive()) {
                xml.setPrefix("fh", HISTORY);
                xml.writeNamespace("fh", HISTORY);
            }
            writeFeedHead(xml, doc);
            for (PublishedStory story : doc.stories()) {
                writeEntry(xml, doc, story);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // Only reachable through a bug here: the target is memory and every text is legal.
            throw new IllegalStateException("publish: cannot write Atom feed " + doc.selfUrl(), e);
        }
        return out.toByteArray();
    }

    private void writeFeedHead(XMLStreamWriter xml, FeedDocument doc) throws XMLStreamException {
        text(xml, "id", doc.id());
        typedText(xml, "title", doc.title());
        if (doc.head().subtitle().isPresent()) {
            typedText(xml, "subtitle", doc.head().subtitle().get());
        }
        text(xml, "updated", date(doc.updated()));
        person(xml, "author", doc.authorName());
        xml.writeCharacters("\n");
        xml.writeStartElement(ATOM, "generator");
        // The generating agent's home: this instance's own page, the one place that is sure to
        // describe the Tributary that wrote the feed.
        xml.writeAttribute("uri", legal(doc.alternateUrl().toString()));
        xml.writeAttribute("version", version);
        xml.writeCharacters("Tributary");
        xml.writeEndElement();
        link(xml, "self", doc.selfUrl().toString(), Optional.of("application/atom+xml"),
                Optional.empty());
        link(xml, "alternate", doc.alternateUrl().toString(), Optional.of("text/html"),
                Optional.empty());
        writeHeadExtras(xml, doc);
    }

    /** Images, hubs, other pages and formats of this feed, and the archive mark. */
    private void writeHeadExtras(XMLStreamWriter xml, FeedDocument doc) throws XMLStreamException {
        if (doc.head().icon().isPresent()) {
            text(xml, "icon", doc.head().icon().get().toString());
        }
        if (doc.head().logo().isPresent()) {
            text(xml, "logo", doc.head().logo().get().toString());
        }
        for (URI hub : doc.head().hubs()) {
            link(xml, "hub", hub.toString(), Optional.empty(), Optional.empty());
        }
        for (FeedLink other : doc.links()) {
            link(xml, other.rel(), other.href().toString(), other.type(), Optional.empty());
        }
        if (doc.archive()) {
            xml.writeEmptyElement(HISTORY, "archive");
        }
    }

    private void writeEntry(XMLStreamWriter xml, FeedDocument doc, PublishedStory story)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", story.id());
        typedText(xml, "title", story.title());
        Optional<String> original = SafeLink.of(story.link());
        if (original.isPresent()) {
            link(xml, "alternate", original.get(), Optional.of("text/html"), Optional.empty());
        }
        for (Enclosure enclosure : story.enclosures()) {
            enclosure(xml, enclosure);
        }
        List<Carrier> carriers = story.carriers();
        if (carriers.size() > 1) {
            otherCopies(xml, carriers.subList(1, carriers.size()));
        }
        text(xml, "published", date(story.published()));
        text(xml, "updated", date(story.updated()));
        Optional<String> author = story.author().filter(name -> !name.isBlank());
        if (author.isPresent()) {
            person(xml, "author", author.get());
        }
        for (String topic : story.topics()) {
            category(xml, doc, topic);
        }
        if (!carriers.isEmpty()) {
            Optional<String> rights = carriers.get(0).rights().filter(r -> !r.isBlank());
            if (rights.isPresent()) {
                // The standing copy is the source's text, so its terms are the entry's terms.
                typedText(xml, "rights", rights.get());
            }
            source(xml, carriers.get(0), story.updated());
        }
        typedText(xml, "summary", story.summary());
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(legal(StoryContent.html(story)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Each other source's copy of the story, titled with the source's name. */
    private void otherCopies(XMLStreamWriter xml, List<Carrier> others) throws XMLStreamException {
        for (Carrier other : others) {
            Optional<String> copy = SafeLink.of(other.link());
            if (copy.isPresent()) {
                link(xml, "related", copy.get(), Optional.of("text/html"),
                        Optional.of(other.sourceName()));
            }
        }
    }

    /** A media file (RFC 4287 section 4.2.7.2: rel="enclosure", length in bytes), when its URL is public. */
    private void enclosure(XMLStreamWriter xml, Enclosure enclosure) throws XMLStreamException {
        Optional<String> href = SafeLink.of(enclosure.url());
        if (href.isEmpty()) {
            return;
        }
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", "enclosure");
        if (enclosure.type().isPresent()) {
            xml.writeAttribute("type", legal(enclosure.type().get()));
        }
        xml.writeAttribute("href", legal(href.get()));
        if (enclosure.length().isPresent()) {
            xml.writeAttribute("length", Long.toString(enclosure.length().getAsLong()));
        }
    }

    private void category(XMLStreamWriter xml, FeedDocument doc, String topic)
            throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", legal(topic));
        xml.writeAttribute("scheme", legal(doc.categoryScheme().toString()));
        xml.writeAttribute("label", legal(doc.label(topic)));
    }

    /**
     * Names the feed the standing entry came from (RFC 4287 section 4.2.11), so a reader can
     * credit and find the source. We do not keep the source feed's own {@code updated}, so the
     * story's is used: the last time anything from that source changed the story.
     */
    private void source(XMLStreamWriter xml, Carrier carrier, Instant updated)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, "source");
        Optional<String> publicUrl = SafeLink.of(carrier.feedUrl().toString());
        // A local (file:) source must not publish the server's file system layout: it is named
        // by a URN made from its configured name instead, and gets no self link.
        text(xml, "id", publicUrl.orElse("urn:tributary:source:"
                + URLEncoder.encode(carrier.sourceName(), StandardCharsets.UTF_8)));
        typedText(xml, "title", carrier.feedTitle().filter(t -> !t.isBlank())
                .orElse(carrier.sourceName()));
        if (publicUrl.isPresent()) {
            link(xml, "self", publicUrl.get(), Optional.empty(), Optional.empty());
        }
        Optional<String> rights = carrier.rights().filter(r -> !r.isBlank());
        if (rights.isPresent()) {
            typedText(xml, "rights", rights.get());
        }
        text(xml, "updated", date(updated));
        xml.writeEndElement();
    }

    private void link(XMLStreamWriter xml, String rel, String href, Optional<String> type,
                      Optional<String> title) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        if (type.isPresent()) {
            xml.writeAttribute("type", type.get());
        }
        xml.writeAttribute("href", legal(href));
        if (title.isPresent()) {
            xml.writeAttribute("title", legal(title.get()));
        }
    }

    private void person(XMLStreamWriter xml, String element, String name)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        text(xml, "name", name);
        xml.writeEndElement();
    }

    /** A text construct, marked {@code type="text"} so readers never parse it as markup. */
    private void typedText(XMLStreamWriter xml, String element, String value)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(legal(value));
        xml.writeEndElement();
    }

    private void text(XMLStreamWriter xml, String element, String value)
            throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(legal(value));
        xml.writeEndElement();
    }

    private static String legal(String text) {
        return XmlText.legal(text);
    }

    /** RFC 3339 in UTC, as RFC 4287 section 3.3 asks. */
    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}

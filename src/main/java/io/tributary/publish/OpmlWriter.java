package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes OPML 2.0 subscription lists (http://opml.org/spec2.opml): the sources this instance
 * reads, and every feed it publishes, so a reader subscribes to all topics in one import.
 */
public final class OpmlWriter {
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    /**
     * The configured sources, their topics as the {@code category} attribute (OPML 2.0 "tags":
     * comma-separated, no slashes). A local ({@code file:}) source is left out: its URL would
     * publish the server's file system layout and no reader could fetch it anyway.
     */
    public byte[] sources(Config config, Instant updated) {
        return sources(config, updated, false);
    }

    /**
     * Every configured source, local ({@code file:}) ones included: the operator's own export
     * ({@code export-opml}), never published.
     */
    public byte[] allSources(Config config, Instant updated) {
        return sources(config, updated, true);
    }

    private byte[] sources(Config config, Instant updated, boolean withLocal) {
        return document(config.title() + ": sources", updated, xml -> {
            for (SourceConfig source : config.sources()) {
                Optional<String> url = withLocal ? Optional.of(source.url().toString())
                        : SafeLink.of(source.url().toString());
                if (url.isEmpty()) {
                    continue;
                }
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                xml.writeAttribute("text", XmlText.legal(source.name()));
                xml.writeAttribute("title", XmlText.legal(source.name()));
                xml.writeAttribute("xmlUrl", url.get());
                if (!source.topics().isEmpty()) {
                    xml.writeAttribute("category", XmlText.legal(String.join(",", source.topics())));
                }
            }
        });
    }

    /** The merged feed and one outline per topic feed that is published. */
    public byte[] topics(Config config, List<TopicRule> published, Instant updated) {
        return document(config.title() + ": topics", updated, xml -> {
            feed(xml, config.title(), config.baseUrl() + PublishedSite.ALL_FEED,
                    config.baseUrl() + PublishedSite.INDEX, Optional.empty());
            for (TopicRule topic : published) {
                feed(xml, config.title() + ": " + topic.label(),
                        config.baseUrl() + PublishedSite.topicFeed(topic.name()),
                        config.baseUrl() + PublishedSite.topicPage(topic.name()), Optional.of(topic.name()));
            }
        });
    }

    private static void feed(XMLStreamWriter xml, String title, String xmlUrl, String htmlUrl,
                             Optional<String> category) throws XMLStreamException {
        xml.writeEmptyElement("outline");
        xml.writeAttribute("type", "rss");
        xml.writeAttribute("text", XmlText.legal(title));
        xml.writeAttribute("title", XmlText.legal(title));
        xml.writeAttribute("xmlUrl", xmlUrl);
        xml.writeAttribute("htmlUrl", htmlUrl);
        if (category.isPresent()) {
            xml.writeAttribute("category", category.get());
        }
    }

    private byte[] document(String title, Instant updated, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters(XmlText.legal(title));
            xml.writeEndElement();
            xml.writeStartElement("dateModified");
            // OPML 2.0 dates are RFC 822 dates.
            xml.writeCharacters(DateTimeFormatter.RFC_1123_DATE_TIME.format(updated.atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("body");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("publish: cannot write OPML " + title, e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}

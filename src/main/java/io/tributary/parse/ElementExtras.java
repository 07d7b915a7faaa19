package io.tributary.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * What Rome's common model loses, read straight from the feed's elements: the raw text of dates
 * (for {@link DateText}), {@code itunes:author}, Media RSS files, and the WebSub hub link.
 *
 * <p>Names are matched by local name and namespace prefix URI loosely on purpose: Media RSS is
 * published under both {@code http://search.yahoo.com/mrss/} and the same without the slash.
 */
final class ElementExtras {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    private static final String MEDIA_PREFIX = "http://search.yahoo.com/mrss";
    private static final int MAX_MEDIA = 20;

    private ElementExtras() {
    }

    /** Publication time from the first date element that {@link DateText} can read. */
    static Optional<Instant> published(Element entry) {
        return firstDate(entry, "pubDate", "published", "issued", "created", "date");
    }

    static Optional<Instant> updated(Element entry) {
        return firstDate(entry, "updated", "modified");
    }

    static Optional<String> itunesAuthor(Element entry) {
        for (Element child : entry.getChildren()) {
            if (child.getName().equals("author") && ITUNES.equals(child.getNamespaceURI())) {
                String text = child.getTextNormalize();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** {@code media:content} files, directly in the entry or inside {@code media:group}. */
    static List<Enclosure> media(Element entry) {
        List<Enclosure> found = new ArrayList<>();
        for (Element child : entry.getChildren()) {
            if (!isMedia(child)) {
                continue;
            }
            if (child.getName().equals("content")) {
                mediaContent(child).ifPresent(found::add);
            } else if (child.getName().equals("group")) {
                for (Element member : child.getChildren()) {
                    if (isMedia(member) && member.getName().equals("content")) {
                        mediaContent(member).ifPresent(found::add);
                    }
                }
            }
            if (found.size() >= MAX_MEDIA) {
                break;
            }
        }
        return found;
    }

    /** The {@code link rel="hub"} of the feed (Atom) or its channel (RSS with atom:link). */
    static Optional<String> hub(Document document) {
        return feedLink(document, "hub");
    }

    /** The {@code href} of the feed's (Atom) or its channel's (RSS with atom:link) first link of {@code rel}. */
    static Optional<String> feedLink(Document document, String rel) {
        Element root = document.getRootElement();
        List<Element> heads = new ArrayList<>();
        heads.add(root);
        heads.addAll(root.getChildren().stream().filter(c -> c.getName().equals("channel")).toList());
        for (Element head : heads) {
            for (Element child : head.getChildren()) {
                String href = child.getAttributeValue("href");
                if (child.getName().equals("link") && rel.equalsIgnoreCase(child.getAttributeValue("rel"))
                        && href != null && !href.isBlank()) {
                    return Optional.of(href.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> firstDate(Element entry, String... names) {
        for (String name : names) {
            for (Element child : entry.getChildren()) {
                boolean dcOnly = name.equals("date") || name.equals("created");
                if (child.getName().equals(name) && (!dcOnly || DC.equals(child.getNamespaceURI())
                        || name.equals("created") && child.getNamespaceURI().startsWith("http://purl.org/"))) {
                    Optional<Instant> date = DateText.parse(child.getText());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMedia(Element element) {
        return element.getNamespaceURI().startsWith(MEDIA_PREFIX);
    }

    private static Optional<Enclosure> mediaContent(Element content) {
        String url = content.getAttributeValue("url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String type = content.getAttributeValue("type");
        return Optional.of(new Enclosure(url.strip(), Optional.ofNullable(type).map(String::strip).filter(t -> !t.isEmpty()),
                length(content.getAttributeValue("fileSize"))));
    }

    static OptionalLong length(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text.strip());
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}

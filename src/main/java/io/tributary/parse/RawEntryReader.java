package io.tributary.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;

/**
 * Reads one Rome entry into a {@link RawEntry}. Rome's common model is used where it is right and
 * its format-specific model where the common one loses something (the RSS guid, Atom dates).
 */
final class RawEntryReader {
    /** RSS 2.0 author: an e-mail address, optionally followed by the name in parentheses. */
    private static final Pattern RSS_AUTHOR = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /** What every entry of one feed shares. */
    record FeedContext(boolean atom, Optional<URI> absoluteFeedLink, URI documentUrl) {
    }

    /**
     * @param element the entry's own XML element when it could be matched to Rome's entry: dates,
     *                {@code itunes:author} and Media RSS are read from it
     */
    RawEntry read(SyndEntry entry, FeedContext feed, Optional<URI> xmlBase, Optional<Element> element) {
        Optional<String> link = text(entry.getLink());
        Optional<String> content = entry.getContents().stream()
                .map(c -> FeedText.html(c, feed.atom()))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<String> description = FeedText.html(entry.getDescription(), feed.atom());
        return new RawEntry(
                guid(entry),
                link,
                FeedText.title(entry.getTitle(), entry.getTitleEx()),
                content.or(() -> description).orElse(""),
                content.isPresent() ? description : Optional.empty(),
                element.flatMap(ElementExtras::published).or(() -> published(entry)),
                element.flatMap(ElementExtras::updated).or(() -> updated(entry)),
                author(entry).or(() -> element.flatMap(ElementExtras::itunesAuthor)),
                categories(entry),
                xmlBase.or(() -> link.flatMap(RawEntryReader::absolute))
                        .or(feed::absoluteFeedLink)
                        .orElse(feed.documentUrl()),
                enclosures(entry, element));
    }

    /** RSS enclosures and Atom enclosure links (through Rome), then Media RSS files; each URL once. */
    private static List<Enclosure> enclosures(SyndEntry entry, Optional<Element> element) {
        Map<String, Enclosure> byUrl = new LinkedHashMap<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            text(enclosure.getUrl()).ifPresent(url -> byUrl.putIfAbsent(url, new Enclosure(url,
                    text(enclosure.getType()),
                    enclosure.getLength() > 0 ? OptionalLong.of(enclosure.getLength()) : OptionalLong.empty())));
        }
        element.map(ElementExtras::media).orElse(List.of())
                .forEach(media -> byUrl.putIfAbsent(media.url(), media));
        return new ArrayList<>(byUrl.values());
    }

    /** An absolute URI from text as written, or empty when it is relative or not a URI. */
    static Optional<URI> absolute(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Rome fills its common uri with the link when an RSS item has no guid; only a real guid counts. */
    private static Optional<String> guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() == null ? Optional.empty() : text(item.getGuid().getValue());
        }
        if (wire instanceof Entry atomEntry) {
            return text(atomEntry.getId());
        }
        return text(entry.getUri());
    }

    /** Rome's common model maps Atom 0.3 dates oddly; the Atom model keeps published and updated apart. */
    private static Optional<Instant> published(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Entry atomEntry) {
            return instant(atomEntry.getPublished());
        }
        return instant(entry.getPublishedDate());
    }

    private static Optional<Instant> updated(SyndEntry entry) {
        if (entry.getWireEntry() instanceof Entry atomEntry) {
            return instant(atomEntry.getUpdated());
        }
        return instant(entry.getUpdatedDate());
    }

    private static Optional<String> author(SyndEntry entry) {
        Optional<String> author = text(entry.getAuthor())
                .or(() -> entry.getAuthors().stream().map(SyndPerson::getName).flatMap(n -> text(n).stream()).findFirst());
        return author.map(a -> {
            Matcher rss = RSS_AUTHOR.matcher(a);
            return rss.matches() ? rss.group(1).strip() : a;
        });
    }

    /** The feed's category terms, with Dublin Core subjects (RSS 1.0's way of saying category). */
    private static List<String> categories(SyndEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            text(category.getName()).ifPresent(terms::add);
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                text(subject.getValue()).ifPresent(terms::add);
            }
        }
        return List.copyOf(terms);
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

package io.tributary.publish;

import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes one feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the twin of the Atom
 * feed at the same path: the same stories, the same {@code tag:} ids, topics as {@code tags}.
 * Built as an explicit tree so the wire format is written down here, not derived from records.
 */
public final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code doc.selfUrl()} must be where this JSON is served (see {@link FeedDocument#servedAt}). */
    public byte[] write(FeedDocument doc) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("title", XmlText.legal(doc.title()));
        root.put("home_page_url", doc.alternateUrl().toString());
        root.put("feed_url", doc.selfUrl().toString());
        doc.head().subtitle().ifPresent(subtitle -> root.put("description", XmlText.legal(subtitle)));
        // JSON Feed's icon is the large one (512 px), its favicon the small one: Atom's logo and icon.
        doc.head().logo().ifPresent(logo -> root.put("icon", logo.toString()));
        doc.head().icon().ifPresent(icon -> root.put("favicon", icon.toString()));
        root.putArray("authors").addObject().put("name", XmlText.legal(doc.authorName()));
        if (!doc.head().hubs().isEmpty()) {
            ArrayNode hubs = root.putArray("hubs");
            for (URI hub : doc.head().hubs()) {
                hubs.addObject().put("type", "WebSub").put("url", hub.toString());
            }
        }
        ArrayNode items = root.putArray("items");
        for (PublishedStory story : doc.stories()) {
            item(items.addObject(), story);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("publish: cannot write JSON Feed " + doc.selfUrl(), e);
        }
    }

    private static void item(ObjectNode item, PublishedStory story) {
        item.put("id", story.id());
        SafeLink.of(story.link()).ifPresent(link -> item.put("url", link));
        item.put("title", XmlText.legal(story.title()));
        item.put("content_html", XmlText.legal(StoryContent.html(story)));
        if (!story.summary().isBlank()) {
            item.put("summary", XmlText.legal(story.summary()));
        }
        item.put("date_published", DateTimeFormatter.ISO_INSTANT.format(story.published()));
        item.put("date_modified", DateTimeFormatter.ISO_INSTANT.format(story.updated()));
        Optional<String> author = story.author().filter(name -> !name.isBlank());
        author.ifPresent(name -> item.putArray("authors").addObject().put("name", XmlText.legal(name)));
        if (!story.topics().isEmpty()) {
            ArrayNode tags = item.putArray("tags");
            story.topics().forEach(tags::add);
        }
        List<Carrier> carriers = story.carriers();
        if (!carriers.isEmpty()) {
            // JSON Feed has no source element; an extension object (leading underscore, section
            // "Extensions") keeps the credit Atom gives in atom:source.
            ObjectNode source = item.putObject("_tributary").putObject("source");
            Carrier standing = carriers.get(0);
            source.put("name", XmlText.legal(standing.sourceName()));
            SafeLink.of(standing.feedUrl().toString()).ifPresent(url -> source.put("feed_url", url));
            standing.rights().filter(r -> !r.isBlank())
                    .ifPresent(rights -> source.put("rights", XmlText.legal(rights)));
        }
    }
}

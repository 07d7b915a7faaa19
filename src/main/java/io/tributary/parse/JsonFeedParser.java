package io.tributary.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) into a {@link ParsedFeed}.
 *
 * <p>Both versions at once: 1.1 renamed {@code author} to {@code authors} (a list), and both are
 * read. {@code content_html} is the body, else {@code content_text} escaped; {@code summary} is
 * the summary; attachments are enclosures; {@code hubs} of type WebSub give the hub. JSON that is
 * not a JSON Feed (no {@code version} naming jsonfeed.org) is NOT_A_FEED.
 */
final class JsonFeedParser {
    static final String NOT_JSON_FEED = "not a feed: looks like JSON";
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    private static final int MAX_ATTACHMENTS = 20;

    private final ObjectMapper mapper = new ObjectMapper();

    ParsedFeed parse(byte[] body, URI documentUrl) throws ParseException {
        JsonNode feed;
        try {
            feed = mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl,
                    "malformed JSON at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new ParseException(ParseException.Kind.INVALID, documentUrl, "unreadable JSON", e);
        }
        if (feed == null || !feed.isObject() || !text(feed, "version").orElse("").startsWith(VERSION_PREFIX)) {
            throw new ParseException(ParseException.Kind.NOT_A_FEED, documentUrl, NOT_JSON_FEED, null);
        }
        Optional<String> homePage = text(feed, "home_page_url");
        URI base = homePage.flatMap(RawEntryReader::absolute).orElse(documentUrl);
        List<RawEntry> entries = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            if (item.isObject()) {
                entries.add(entry(item, base));
            }
        }
        return new ParsedFeed(text(feed, "title"), homePage, entries, Optional.empty(), hub(feed), false);
    }

    private static RawEntry entry(JsonNode item, URI feedBase) {
        Optional<String> link = text(item, "url").or(() -> text(item, "external_url"));
        Optional<String> content = text(item, "content_html")
                .or(() -> text(item, "content_text").map(t -> "<p>" + FeedText.escape(t).replace("\n\n", "</p><p>") + "</p>"));
        Optional<String> summary = text(item, "summary").map(FeedText::escape);
        return new RawEntry(
                text(item, "id"),
                link,
                text(item, "title").orElse(""),
                content.or(() -> summary).orElse(""),
                content.isPresent() ? summary : Optional.empty(),
                text(item, "date_published").flatMap(DateText::parse),
                text(item, "date_modified").flatMap(DateText::parse),
                author(item),
                tags(item),
                link.flatMap(RawEntryReader::absolute).orElse(feedBase),
                attachments(item));
    }

    private static Optional<String> author(JsonNode item) {
        for (JsonNode author : item.path("authors")) {
            Optional<String> name = text(author, "name");
            if (name.isPresent()) {
                return name;
            }
        }
        return text(item.path("author"), "name");
    }

    private static List<String> tags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : item.path("tags")) {
            if (tag.isTextual() && !tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        }
        return List.copyOf(tags);
    }

    private static List<Enclosure> attachments(JsonNode item) {
        List<Enclosure> found = new ArrayList<>();
        for (JsonNode attachment : item.path("attachments")) {
            Optional<String> url = text(attachment, "url");
            if (url.isPresent() && found.size() < MAX_ATTACHMENTS) {
                JsonNode size = attachment.path("size_in_bytes");
                found.add(new Enclosure(url.get(), text(attachment, "mime_type"),
                        size.canConvertToLong() && size.asLong() > 0 ? OptionalLong.of(size.asLong()) : OptionalLong.empty()));
            }
        }
        return found;
    }

    private static Optional<String> hub(JsonNode feed) {
        for (JsonNode hub : feed.path("hubs")) {
            if (text(hub, "type").orElse("").equalsIgnoreCase("websub")) {
                return text(hub, "url");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}

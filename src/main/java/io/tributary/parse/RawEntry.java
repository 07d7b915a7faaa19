package io.tributary.parse;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry as the source feed gave it, before any cleaning. HTML is untrusted.
 *
 * @param guid        the RSS guid or Atom id, if any
 * @param link        the entry's link as written (maybe relative), if any
 * @param title       plain text title (markup already removed by the parser), may be empty
 * @param contentHtml the fullest HTML body: {@code content:encoded} / Atom content, else the
 *                    description / summary; may be empty
 * @param summaryHtml the description / summary when the feed gives one besides the content
 * @param published   publication time, if the feed gives one
 * @param updated     last update time, if the feed gives one
 * @param author      author name, if any
 * @param categories  the feed's own category terms
 * @param baseUri     base for resolving relative URLs in link and HTML: the entry's xml:base,
 *                    else the feed document's URL
 * @param enclosures  media files attached to the entry
 */
public record RawEntry(
        Optional<String> guid,
        Optional<String> link,
        String title,
        String contentHtml,
        Optional<String> summaryHtml,
        Optional<Instant> published,
        Optional<Instant> updated,
        Optional<String> author,
        List<String> categories,
        URI baseUri,
        List<Enclosure> enclosures) {

    public RawEntry {
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
    }

    /** An entry with no enclosures. */
    public RawEntry(Optional<String> guid, Optional<String> link, String title, String contentHtml,
                    Optional<String> summaryHtml, Optional<Instant> published, Optional<Instant> updated,
                    Optional<String> author, List<String> categories, URI baseUri) {
        this(guid, link, title, contentHtml, summaryHtml, published, updated, author, categories, baseUri, List.of());
    }
}

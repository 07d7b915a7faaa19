package io.tributary.clean;

import io.tributary.parse.Enclosure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An entry after cleaning: safe to publish as it is.
 *
 * @param guid        the source's guid or Atom id, trimmed, if any
 * @param link        the absolute link to the original article with tracking parameters removed
 *                    (not otherwise normalized, so it still works in a browser), if any
 * @param title       plain text title, never empty (a title is made from the text if missing)
 * @param contentHtml sanitized HTML body with absolute URLs; may be empty
 * @param summary     plain text summary, at most 300 characters, cut at a word boundary
 * @param text        the plain text of the whole content, for matching topic keywords
 * @param published   publication time, if known
 * @param updated     last update time, if known
 * @param author      author name, if any
 * @param categories  the source feed's own category terms
 * @param enclosures  media files attached to the entry, with absolute http(s) URLs
 */
public record CleanEntry(
        Optional<String> guid,
        Optional<String> link,
        String title,
        String contentHtml,
        String summary,
        String text,
        Optional<Instant> published,
        Optional<Instant> updated,
        Optional<String> author,
        List<String> categories,
        List<Enclosure> enclosures) {

    public CleanEntry {
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
    }

    /** An entry with no enclosures. */
    public CleanEntry(Optional<String> guid, Optional<String> link, String title, String contentHtml, String summary,
                      String text, Optional<Instant> published, Optional<Instant> updated, Optional<String> author,
                      List<String> categories) {
        this(guid, link, title, contentHtml, summary, text, published, updated, author, categories, List.of());
    }
}

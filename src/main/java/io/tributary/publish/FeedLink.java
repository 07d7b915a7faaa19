package io.tributary.publish;

import java.net.URI;
import java.util.Optional;

/**
 * A link of a feed to another document: a page of the same feed (RFC 5005 {@code next},
 * {@code prev-archive}, {@code current}...) or the same feed in another format.
 *
 * @param rel  the link relation
 * @param href absolute URL
 * @param type media type, when worth telling
 */
public record FeedLink(String rel, URI href, Optional<String> type) {
    public static FeedLink of(String rel, URI href) {
        return new FeedLink(rel, href, Optional.empty());
    }
}

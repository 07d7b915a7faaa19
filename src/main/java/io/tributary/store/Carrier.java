package io.tributary.store;

import java.net.URI;
import java.util.Optional;

/**
 * A source that carried a story.
 *
 * @param sourceName the source's configured name
 * @param feedUrl    the source feed's URL (for {@code atom:source})
 * @param feedTitle  the source feed's own title, if it gave one
 * @param link       this source's link to the story, if any
 * @param rights     the source feed's rights statement, if it gave one
 */
public record Carrier(String sourceName, URI feedUrl, Optional<String> feedTitle, Optional<String> link,
                      Optional<String> rights) {

    /** A carrier whose feed gave no rights statement. */
    public Carrier(String sourceName, URI feedUrl, Optional<String> feedTitle, Optional<String> link) {
        this(sourceName, feedUrl, feedTitle, link, Optional.empty());
    }
}

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
 */
public record Carrier(String sourceName, URI feedUrl, Optional<String> feedTitle, Optional<String> link) {
}

package io.tributary.parse;

import java.util.List;
import java.util.Optional;

/**
 * A source feed, parsed.
 *
 * @param title   the feed's own title, if any
 * @param link    the feed's website link, if any
 * @param entries entries in document order
 */
public record ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries) {
    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}

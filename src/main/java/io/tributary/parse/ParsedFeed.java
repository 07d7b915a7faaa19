package io.tributary.parse;

import java.util.List;
import java.util.Optional;

/**
 * A source feed, parsed.
 *
 * @param title   the feed's own title, if any
 * @param link    the feed's website link, if any
 * @param entries entries in document order
 * @param rights  the feed's copyright / rights statement, if any
 * @param hub     the WebSub hub the feed advertises ({@code link rel="hub"}), if any
 */
public record ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries,
                         Optional<String> rights, Optional<String> hub) {
    public ParsedFeed {
        entries = List.copyOf(entries);
    }

    /** A feed with no rights statement and no hub. */
    public ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries) {
        this(title, link, entries, Optional.empty(), Optional.empty());
    }
}

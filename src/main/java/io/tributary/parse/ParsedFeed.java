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
 * @param recovered whether the body was broken and had to be repaired to be read (a lying
 *                  encoding, HTML entities, a bare ampersand, control characters, a cut-off end):
 *                  the source's status is then {@code ok (recovered)}
 */
public record ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries,
                         Optional<String> rights, Optional<String> hub, boolean recovered) {
    public ParsedFeed {
        entries = List.copyOf(entries);
    }

    /** A feed read without any repair. */
    public ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries,
                      Optional<String> rights, Optional<String> hub) {
        this(title, link, entries, rights, hub, false);
    }

    /** A feed with no rights statement and no hub. */
    public ParsedFeed(Optional<String> title, Optional<String> link, List<RawEntry> entries) {
        this(title, link, entries, Optional.empty(), Optional.empty(), false);
    }
}

package io.tributary.pipeline;

import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@link #MAX_PER_POLL} entries of one poll go on to cleaning, de-duplication and the
 * store: the newest (by updated, else published date; undated ones after dated ones, in document
 * order), kept in document order. A feed of 100,000 entries (a whole archive, or a source trying
 * to flood the store) then costs one poll transaction of a bounded size instead of minutes of
 * writes holding the store's write lock; the body itself is already bounded by {@code max-bytes}.
 * A real feed carries tens of entries, so nothing a reader would miss is left out.
 */
final class EntryCap {
    static final int MAX_PER_POLL = 1_000;

    private final int max;

    EntryCap() {
        this(MAX_PER_POLL);
    }

    EntryCap(int max) {
        this.max = max;
    }

    /** The feed as it goes on: itself when within the cap. */
    ParsedFeed apply(ParsedFeed feed) {
        if (feed.entries().size() <= max) {
            return feed;
        }
        List<RawEntry> newest = new ArrayList<>(feed.entries());
        newest.sort(Comparator.comparing(EntryCap::date, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<RawEntry, Boolean> kept = new IdentityHashMap<>();
        newest.subList(0, max).forEach(entry -> kept.put(entry, Boolean.TRUE));
        List<RawEntry> inOrder = feed.entries().stream().filter(kept::containsKey).toList();
        return new ParsedFeed(feed.title(), feed.link(), inOrder, feed.rights(), feed.hub(), feed.recovered());
    }

    /** The status of a poll that kept only some entries: says how many of how many. */
    String status(String status, int total) {
        return total <= max ? status : status + " (newest " + max + " of " + total + " entries)";
    }

    private static Instant date(RawEntry entry) {
        Optional<Instant> when = entry.updated().or(entry::published);
        return when.orElse(null);
    }
}

package io.tributary.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.parse.ParsedFeed;
import io.tributary.parse.RawEntry;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EntryCapTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private final EntryCap cap = new EntryCap(3);

    private static RawEntry entry(String title, Optional<Instant> published, Optional<Instant> updated) {
        return new RawEntry(Optional.of(title), Optional.empty(), title, "", Optional.empty(), published, updated,
                Optional.empty(), List.of(), URI.create("http://cap.test/"));
    }

    private static RawEntry at(String title, long minutes) {
        return entry(title, Optional.of(T.plusSeconds(60 * minutes)), Optional.empty());
    }

    private static List<String> titles(ParsedFeed feed) {
        return feed.entries().stream().map(RawEntry::title).toList();
    }

    private static ParsedFeed feed(RawEntry... entries) {
        return new ParsedFeed(Optional.of("Cap"), Optional.empty(), List.of(entries));
    }

    @Test
    void feedWithinTheCapGoesOnUntouched() {
        ParsedFeed feed = feed(at("a", 1), at("b", 2), at("c", 3));

        assertThat(cap.apply(feed)).isSameAs(feed);
        assertThat(cap.status("ok", 3)).isEqualTo("ok");
    }

    @Test
    void keepsTheNewestInDocumentOrder() {
        ParsedFeed feed = feed(at("oldest", 1), at("new", 8), at("older", 2), at("newest", 9), at("newer", 7));

        assertThat(titles(cap.apply(feed))).containsExactly("new", "newest", "newer");
    }

    @Test
    void anUpdateCountsAsNewerThanThePublishedDate() {
        ParsedFeed feed = feed(entry("revised", Optional.of(T), Optional.of(T.plusSeconds(9_000))), at("a", 10),
                at("b", 20), at("c", 30));

        assertThat(titles(cap.apply(feed))).containsExactly("revised", "b", "c");
    }

    @Test
    void undatedEntriesGoAfterDatedOnesInDocumentOrder() {
        ParsedFeed feed = feed(entry("x", Optional.empty(), Optional.empty()), at("dated", 1),
                entry("y", Optional.empty(), Optional.empty()), entry("z", Optional.empty(), Optional.empty()));

        assertThat(titles(cap.apply(feed))).containsExactly("x", "dated", "y");
    }

    @Test
    void statusSaysHowManyOfHowManyWereKept() {
        assertThat(cap.status("ok", 100_000)).isEqualTo("ok (newest 3 of 100000 entries)");
    }

    @Test
    void defaultCapIsAThousand() {
        assertThat(EntryCap.MAX_PER_POLL).isEqualTo(1_000);
    }
}

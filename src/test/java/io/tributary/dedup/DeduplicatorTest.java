package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static io.tributary.dedup.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

class DeduplicatorTest {
    private final Deduplicator deduplicator = new Deduplicator();
    private final MapKnownEntries known = new MapKnownEntries();

    @Test
    void decidesNewForAnEntryNeverSeen() {
        EntryIdentity identity = EntryIdentity.of(entry("g1", "https://example.org/a", "T", "x"));

        assertThat(deduplicator.decide("Alpha", identity, known)).isEqualTo(new Decision.New());
    }

    @Test
    void decidesUnchangedForTheSameIdentityAndContent() {
        EntryIdentity identity = EntryIdentity.of(entry("g1", "https://example.org/a", "T", "x"));
        known.store("Alpha", identity, 7, 3);

        assertThat(deduplicator.decide("Alpha", identity, known)).isEqualTo(new Decision.Unchanged(7));
    }

    @Test
    void decidesUpdatedForTheSameIdentityWithOtherContent() {
        known.store("Alpha", EntryIdentity.of(entry("g1", "https://example.org/a", "T", "old")), 7, 3);
        EntryIdentity changed = EntryIdentity.of(entry("g1", "https://example.org/a", "T", "new"));

        assertThat(deduplicator.decide("Alpha", changed, known)).isEqualTo(new Decision.Updated(7, 3));
    }

    @Test
    void prefersTheSourcesOwnEntryOverAStoryWithTheSameLink() {
        known.store("Beta", EntryIdentity.of(entry("b1", "https://example.org/a", "T", "x")), 1, 1);
        known.store("Alpha", EntryIdentity.of(entry("g1", "https://example.org/a", "T", "old")), 7, 3);
        EntryIdentity changed = EntryIdentity.of(entry("g1", "https://example.org/a", "T", "new"));

        assertThat(deduplicator.decide("Alpha", changed, known)).isEqualTo(new Decision.Updated(7, 3));
    }

    @Test
    void decidesDuplicateForTheSameNormalizedLinkFromAnotherSource() {
        known.store("Beta", EntryIdentity.of(entry("b1", "https://example.org/a", "T", "x")), 1, 4);
        EntryIdentity copy = EntryIdentity.of(entry("a1", "https://EXAMPLE.org/a?utm_medium=feed", "T", "y"));

        assertThat(deduplicator.decide("Alpha", copy, known)).isEqualTo(new Decision.DuplicateOf(4));
    }

    @Test
    void treatsTheSameGuidFromAnotherSourceAsNew() {
        known.store("Beta", EntryIdentity.of(entry("g1", null, "T", "x")), 1, 4);
        EntryIdentity other = EntryIdentity.of(entry("g1", null, "T", "x"));

        assertThat(deduplicator.decide("Alpha", other, known)).isEqualTo(new Decision.New());
    }
}

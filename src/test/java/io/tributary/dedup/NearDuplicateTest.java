package io.tributary.dedup;

import io.tributary.clean.CleanEntry;
import io.tributary.config.DedupSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, items 1 and 3: near-duplicate text across sources, and what must not be merged. */
class NearDuplicateTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    private final Deduplicator deduplicator = new Deduplicator();
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final MapKnownEntries known = new MapKnownEntries();

    @Test
    void joinsAnEditedCopyFromAnotherSourceWithAnotherLink() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);

        assertThat(decide("Gazette", "ferry-strike-edited-copy.txt", MONDAY.plus(Duration.ofHours(3))))
                .isEqualTo(new Decision.DuplicateOf(10));
    }

    @Test
    void joinsATruncatedCopy() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);

        assertThat(decide("Teasers", "ferry-strike-truncated.txt", MONDAY.plus(Duration.ofHours(1))))
                .isEqualTo(new Decision.DuplicateOf(10));
    }

    @Test
    void comparesOnlyWithinTheWindow() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);

        assertThat(decide("Gazette", "ferry-strike-edited-copy.txt", MONDAY.plus(Duration.ofDays(8))))
                .isEqualTo(new Decision.New());
    }

    @Test
    void honoursAConfiguredWindowAndSimilarity() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);
        Deduplicator strict = new Deduplicator(new DedupSettings(0.999, Duration.ofDays(30)));
        Deduplicator patient = new Deduplicator(new DedupSettings(0.8, Duration.ofDays(30)));
        CleanEntry copy = entry("Gazette", "ferry-strike-edited-copy.txt");
        Instant later = MONDAY.plus(Duration.ofDays(20));

        assertThat(strict.decide("Gazette", EntryIdentity.of(copy), fingerprinter.fingerprint(copy), later, known))
                .isEqualTo(new Decision.New());
        assertThat(patient.decide("Gazette", EntryIdentity.of(copy), fingerprinter.fingerprint(copy), later, known))
                .isEqualTo(new Decision.DuplicateOf(10));
    }

    @Test
    void leavesTheSameSourcesOwnSimilarEntriesApart() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);

        assertThat(decide("Courier", "ferry-strike-edited-copy.txt", MONDAY.plus(Duration.ofHours(3))))
                .isEqualTo(new Decision.New());
    }

    @Test
    void treatsARewrittenEntryWithTheSameIdentityAsAnUpdateOfItsStory() {
        CleanEntry original = entry("Courier", "ferry-strike.txt");
        stored("Courier", original, 1, 10, MONDAY);
        stored("Gazette", "ferry-strike-edited-copy.txt", 2, 10, MONDAY);
        CleanEntry corrected = new CleanEntry(original.guid(), original.link(), "Ferry strike: correction",
                Texts.read("ferry-strike-corrected.txt"), "", Texts.read("ferry-strike-corrected.txt"),
                original.published(), Optional.of(MONDAY.plus(Duration.ofHours(5))), Optional.empty(), List.of());

        assertThat(deduplicator.decide("Courier", EntryIdentity.of(corrected), fingerprinter.fingerprint(corrected),
                MONDAY.plus(Duration.ofHours(5)), known)).isEqualTo(new Decision.Updated(1, 10));
    }

    @Test
    void keepsTwoStoriesThatShareALongFooterApart() {
        stored("Newsroom", "shared-footer-a.txt", 1, 10, MONDAY);

        assertThat(decide("Syndicate", "shared-footer-b.txt", MONDAY.plus(Duration.ofHours(2))))
                .isEqualTo(new Decision.New());
    }

    @Test
    void keepsAStoryQuotingALongPassageOfAnotherApart() {
        stored("Courier", "ferry-strike.txt", 1, 10, MONDAY);

        assertThat(decide("Orchard Weekly", "orchard-quotes-ferry.txt", MONDAY.plus(Duration.ofDays(1))))
                .isEqualTo(new Decision.New());
    }

    private Decision decide(String source, String text, Instant now) {
        CleanEntry entry = entry(source, text);
        return deduplicator.decide(source, EntryIdentity.of(entry), fingerprinter.fingerprint(entry), now, known);
    }

    private void stored(String source, String text, long entryId, long storyId, Instant seen) {
        stored(source, entry(source, text), entryId, storyId, seen);
    }

    private void stored(String source, CleanEntry entry, long entryId, long storyId, Instant seen) {
        known.store(source, EntryIdentity.of(entry), entryId, storyId, fingerprinter.fingerprint(entry).orElseThrow(),
                seen);
    }

    /** The text as an entry of its own at {@code source}: every copy has its own guid and link. */
    private static CleanEntry entry(String source, String text) {
        String body = Texts.read(text);
        String link = "https://" + source.toLowerCase().replace(' ', '-') + ".example.net/" + text;
        return new CleanEntry(Optional.of(link), Optional.of(link), "Title of " + text, "<p>" + body + "</p>",
                body.substring(0, 100), body, Optional.of(MONDAY), Optional.empty(), Optional.empty(), List.of());
    }
}

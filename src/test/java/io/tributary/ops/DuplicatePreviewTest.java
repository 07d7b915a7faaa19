package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.DedupSettings;
import io.tributary.config.FetchOverrides;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Fingerprinter;
import io.tributary.store.FingerprintedEntry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The de-duplication part of {@code check --preview}, over entries at hand. */
class DuplicatePreviewTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final DedupSettings WEEK = new DedupSettings(0.8, Duration.ofDays(7));
    private static final List<String> WORDS = List.of("harbour", "council", "ferry", "lantern", "granary", "orchard",
            "quarry", "mill", "bridge", "tunnel", "levee", "archive", "budget", "survey", "tide", "ledger",
            "pasture", "canal", "beacon", "meadow", "signal", "timber", "cistern", "foundry", "glacier", "kiln",
            "marsh", "nursery", "observatory", "pier", "reservoir", "spire", "terrace", "viaduct", "warehouse",
            "yard", "almanac", "bellows", "cobble", "dredger", "estuary", "furrow", "gantry", "hamlet", "inlet");

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final List<FingerprintedEntry> entries = new ArrayList<>();
    private long nextId = 1;

    @Test
    void mergesStoredStoriesWhoseTextsAreAlikeAndNamesTheHigherPrioritySource() {
        String text = text(1, 120);
        stored(10, "Lowland Post", "Ferry timetable changes", text, NOW);
        stored(11, "Harbour Herald", "New ferry times", text, NOW.plusSeconds(3600));

        DuplicatePreview.Result result = preview(WEEK, source("Lowland Post", 0), source("Harbour Herald", 5));

        assertThat(result.storedStories()).isEqualTo(2);
        assertThat(result.stories()).isEqualTo(1);
        assertThat(result.merges()).isEqualTo(1);
        assertThat(result.mergeExamples()).containsExactly(new DuplicatePreview.Regrouping(
                new DuplicatePreview.Copy("New ferry times", "Harbour Herald"),
                List.of(new DuplicatePreview.Copy("Ferry timetable changes", "Lowland Post"),
                        new DuplicatePreview.Copy("New ferry times", "Harbour Herald"))));
        assertThat(result.splits()).isZero();
    }

    @Test
    void splitsAStoredStoryWhenTheSimilarityIsRaisedAboveWhatItsCopiesShare() {
        String text = text(2, 150);
        stored(20, "Lowland Post", "Quarry reopens", text, NOW);
        stored(20, "Harbour Herald", "Quarry to reopen", edited(text, 12), NOW.plusSeconds(60));

        DuplicatePreview.Result strict = preview(new DedupSettings(0.99, Duration.ofDays(7)),
                source("Lowland Post", 0), source("Harbour Herald", 0));
        DuplicatePreview.Result usual = preview(WEEK, source("Lowland Post", 0), source("Harbour Herald", 0));

        assertThat(strict.splits()).isEqualTo(1);
        assertThat(strict.splitExamples().get(0).parts()).extracting(DuplicatePreview.Copy::title)
                .containsExactly("Quarry reopens", "Quarry to reopen");
        assertThat(usual.splits()).isZero();
        assertThat(usual.stories()).isEqualTo(1);
    }

    @Test
    void copiesFirstSeenFurtherApartThanTheWindowStayApart() {
        String text = text(3, 120);
        stored(30, "Lowland Post", "Levee inspection", text, NOW);
        stored(31, "Harbour Herald", "Levee inspected", text, NOW.plus(Duration.ofDays(10)));

        assertThat(preview(WEEK, source("Lowland Post", 0), source("Harbour Herald", 0)).merges()).isZero();
        assertThat(preview(new DedupSettings(0.8, Duration.ofDays(14)), source("Lowland Post", 0),
                source("Harbour Herald", 0)).merges()).isEqualTo(1);
    }

    @Test
    void copiesFromOneSourceStayApartAsInPolling() {
        String text = text(4, 120);
        stored(40, "Lowland Post", "Granary fire", text, NOW);
        stored(41, "Lowland Post", "Granary fire, update", text, NOW.plusSeconds(60));

        DuplicatePreview.Result result = preview(WEEK, source("Lowland Post", 0));

        assertThat(result.merges()).isZero();
        assertThat(result.stories()).isEqualTo(2);
    }

    @Test
    void differentTextsStayApart() {
        stored(50, "Lowland Post", "Orchard harvest", text(5, 120), NOW);
        stored(51, "Harbour Herald", "Tunnel survey", text(6, 120), NOW.plusSeconds(60));

        DuplicatePreview.Result result = preview(WEEK, source("Lowland Post", 0), source("Harbour Herald", 0));

        assertThat(result.merges()).isZero();
        assertThat(result.splits()).isZero();
        assertThat(result.stories()).isEqualTo(2);
    }

    @Test
    void tenThousandEntriesReplayWithoutComparingAllPairs() {
        Random random = new Random(7);
        List<SourceConfig> sources = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            sources.add(source("Source " + s, 0));
            sources.add(source("Copier " + s, 1));
        }
        for (int i = 0; i < 10_000; i++) {
            // one story in ten is carried by a second source an hour later
            String text = text(1000 + i, 150);
            Instant at = NOW.plus(Duration.ofMinutes(10L * i));
            stored(100_000 + i, "Source " + random.nextInt(50), "Story " + i, text, at);
            if (i % 10 == 0) {
                stored(100_000 + i, "Copier " + random.nextInt(50), "Story " + i + " again", edited(text, 30),
                        at.plusSeconds(3600));
            }
        }
        List<FingerprintedEntry> ordered = new ArrayList<>(entries);
        ordered.sort(java.util.Comparator.comparing(FingerprintedEntry::firstSeen)
                .thenComparingLong(FingerprintedEntry::entryId));

        long started = System.nanoTime();
        DuplicatePreview.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new DuplicatePreview().preview(Configs.with(sources, WEEK), ordered));
        System.out.printf("dedup preview: %d entries replayed in %d ms%n", result.entries(),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(result.entries()).isEqualTo(11_000);
        assertThat(result.stories()).isEqualTo(10_000);
        assertThat(result.merges()).isZero();
        assertThat(result.splits()).isZero();
    }

    private DuplicatePreview.Result preview(DedupSettings dedup, SourceConfig... sources) {
        return new DuplicatePreview().preview(Configs.with(List.of(sources), dedup), entries);
    }

    private void stored(long storyId, String source, String title, String text, Instant firstSeen) {
        entries.add(new FingerprintedEntry(nextId++, storyId, source, title, Optional.empty(), firstSeen,
                fingerprinter.fingerprint(text)));
    }

    private static SourceConfig source(String name, int priority) {
        return new SourceConfig(name, URI.create("https://" + name.toLowerCase().replace(' ', '-') + ".example.org/"),
                List.of(), Duration.ofMinutes(15), priority, FetchOverrides.NONE, Map.of(), List.of(), false,
                BoilerplateRules.NONE, false);
    }

    /** A made-up text of {@code words} words drawn with {@code seed}. */
    private static String text(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    /** The text with every {@code every}-th word swapped for a word of its own, as a copy editor might. */
    private static String edited(String text, int every) {
        String[] words = text.split(" ");
        for (int i = every / 2; i < words.length; i += every) {
            words[i] = "edited" + i;
        }
        return String.join(" ", words);
    }
}

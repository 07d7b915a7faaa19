package io.tributary.store;

import io.tributary.clean.CleanEntry;
import io.tributary.config.BoilerplateRules;
import io.tributary.config.FetchOverrides;
import io.tributary.config.SourceConfig;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.Fingerprint;
import io.tributary.dedup.Fingerprinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tributary.config.StoreSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5, items 1 and 2 in the store: near-duplicates found through story_bands; the standing copy. */
class StoryCopiesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final String TEXT = "Ferry crews on the northern lakes walked off the job on Tuesday morning after "
            + "talks over night shift pay collapsed for the third time this month. The stoppage left about four "
            + "thousand commuters without a crossing between Halden Point and the island villages. Union "
            + "negotiator Mira Castellan told waiting passengers that the operator had withdrawn an offer.";

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Deduplicator deduplicator = new Deduplicator();
    private Store store;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(MemoryStore.settings());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void joinsANearDuplicateWithAnotherLinkToTheStory() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));
        Decision second = poll(source("Gazette", 0), T0.plusSeconds(3600),
                entry("gazette", "Strike halts ferries", TEXT.replace("about", "roughly")));

        assertThat(second).isInstanceOf(Decision.DuplicateOf.class);
        List<PublishedStory> stories = store.latest(10, Optional.empty());
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).carriers()).extracting(Carrier::sourceName).containsExactly("Courier", "Gazette");
    }

    @Test
    void letsACopyFromAHigherPrioritySourceStandForTheStoryKeepingItsId() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));
        PublishedStory before = store.latest(10, Optional.empty()).get(0);
        Instant later = T0.plusSeconds(7200);

        poll(source("Wire", 5), later, entry("wire", "Ferry strike on the northern lakes", TEXT));

        PublishedStory after = store.latest(10, Optional.empty()).get(0);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.title()).isEqualTo("Ferry strike on the northern lakes");
        assertThat(after.updated()).isEqualTo(later);
        assertThat(after.carriers()).extracting(Carrier::sourceName).containsExactly("Wire", "Courier");
    }

    @Test
    void keepsTheFirstSeenCopyOnATie() throws StoreException {
        poll(source("Courier", 2), T0, entry("courier", "Lake ferries stop", TEXT));
        poll(source("Gazette", 2), T0.plusSeconds(60), entry("gazette", "Strike halts ferries", TEXT));
        poll(source("Lower", 1), T0.plusSeconds(120), entry("lower", "Ferries", TEXT));

        PublishedStory story = store.latest(10, Optional.empty()).get(0);
        assertThat(story.title()).isEqualTo("Lake ferries stop");
        assertThat(story.carriers()).extracting(Carrier::sourceName).containsExactly("Courier", "Gazette", "Lower");
    }

    @Test
    void keepsAnUpdatedEntryInItsStory() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));
        poll(source("Gazette", 0), T0.plusSeconds(60), entry("gazette", "Strike halts ferries", TEXT));
        Decision update = poll(source("Gazette", 0), T0.plusSeconds(120),
                entry("gazette", "Strike halts ferries", "A completely different text about apples and orchards "
                        + "on the islands, with nothing in common with the ferry story at all, none whatsoever."));

        assertThat(update).isInstanceOf(Decision.Updated.class);
        assertThat(store.latest(10, Optional.empty())).hasSize(1);
    }

    @Test
    void listsStoriesWithoutTopicsAsUncategorized() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));

        assertThat(store.latestUncategorized(10)).extracting(PublishedStory::title).containsExactly("Lake ferries stop");
        try (PollTransaction poll = store.begin(source("Tagged", 0))) {
            CleanEntry tagged = entry("tagged", "Tagged story", "Something else entirely.");
            poll.write(new EntryWrite(tagged, EntryIdentity.of(tagged), new Decision.New(), Set.of("iran"),
                    "tag:example.org,2026-11-23:tagged", T0));
            poll.finish(Poller.ok(source("Tagged", 0), T0));
        }
        assertThat(store.latestUncategorized(10)).extracting(PublishedStory::title).containsExactly("Lake ferries stop");
    }

    @Test
    void reTagsPublishedEntriesOnlyWhenTheRulesChanged() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));

        assertThat(store.retag("rules-1", 10, (s, title, summary, text, categories) -> Set.of("ferries"))).isEqualTo(1);
        assertThat(store.retag("rules-1", 10, (s, title, summary, text, categories) -> Set.of("other"))).isEqualTo(-1);
        assertThat(store.latest(10, Optional.of("ferries"))).hasSize(1);
        assertThat(store.retag("rules-2", 10, (s, title, summary, text, categories) -> Set.of())).isEqualTo(1);
        assertThat(store.latest(10, Optional.of("ferries"))).isEmpty();
        assertThat(store.topicCounts()).isEmpty();
    }

    @Test
    void reTagsByTheEntrysStoredText() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));

        store.retag("rules-1", 10, (s, title, summary, text, categories) ->
                text.equals(TEXT) ? Set.of("strikes") : Set.of());

        assertThat(store.latest(10, Optional.of("strikes"))).hasSize(1);
    }

    @Test
    void findsACopyStoredBeforeTheStoreWasOpenedAgain(@TempDir Path dir) throws StoreException {
        store.close();
        StoreSettings file = new StoreSettings("jdbc:hsqldb:file:" + dir.resolve("store"), "", "");
        store = Store.open(file);
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));
        store.close();

        store = Store.open(file);
        Decision copy = poll(source("Gazette", 0), T0.plusSeconds(60), entry("gazette", "Strike halts ferries", TEXT));

        assertThat(copy).isInstanceOf(Decision.DuplicateOf.class);
    }

    @Test
    void ignoresACopyWhosePollWasRolledBack() throws StoreException {
        // a first poll fills the index, so the abandoned poll below would have reached it
        poll(source("Early", 0), T0, entry("early", "Apples", "Orchards on the islands grew more apples this "
                + "year than in any year since the co-operative began keeping records of its harvests."));
        try (PollTransaction abandoned = store.begin(source("Courier", 0))) {
            CleanEntry entry = entry("courier", "Lake ferries stop", TEXT);
            EntryIdentity identity = EntryIdentity.of(entry);
            abandoned.write(new EntryWrite(entry, identity, new Decision.New(), Set.of(),
                    "tag:example.org,2026-11-23:abandoned", T0), fingerprinter.fingerprint(entry));
        }

        Decision later = poll(source("Gazette", 0), T0.plusSeconds(60), entry("gazette", "Strike halts ferries", TEXT));

        assertThat(later).isInstanceOf(Decision.New.class);
    }

    @Test
    void forgetsCopiesThatPruningRemoved() throws StoreException {
        poll(source("Courier", 0), T0, entry("courier", "Lake ferries stop", TEXT));
        poll(source("Other", 0), T0.plusSeconds(10), entry("other", "Apples", "Orchards on the islands "
                + "grew more apples this year than in any year since the co-operative began keeping records."));
        store.prune(T0.plusSeconds(5), 1_000, 1, List.of());

        Decision later = poll(source("Gazette", 0), T0.plusSeconds(60), entry("gazette", "Strike halts ferries", TEXT));

        assertThat(later).isInstanceOf(Decision.New.class);
        assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title)
                .containsExactlyInAnyOrder("Apples", "Strike halts ferries");
    }

    private Decision poll(SourceConfig source, Instant now, CleanEntry entry) throws StoreException {
        try (PollTransaction poll = store.begin(source)) {
            EntryIdentity identity = EntryIdentity.of(entry);
            Optional<Fingerprint> fingerprint = fingerprinter.fingerprint(entry);
            Decision decision = deduplicator.decide(source.name(), identity, fingerprint, now, poll);
            poll.write(new EntryWrite(entry, identity, decision, Set.of(), "tag:example.org,2026-11-23:"
                    + source.name() + now.getEpochSecond(), now), fingerprint);
            poll.finish(Poller.ok(source, now));
            return decision;
        }
    }

    private static CleanEntry entry(String site, String title, String text) {
        String link = "https://" + site + ".example.net/ferry";
        return new CleanEntry(Optional.of(link), Optional.of(link), title, "<p>" + text + "</p>",
                text.substring(0, Math.min(40, text.length())), text, Optional.of(T0), Optional.empty(), Optional.empty(), List.of());
    }

    private static SourceConfig source(String name, int priority) {
        return new SourceConfig(name, URI.create("https://" + name.toLowerCase() + ".example.net/feed"), List.of(),
                Duration.ofMinutes(15), priority, FetchOverrides.NONE, Map.of(), List.of(), false,
                BoilerplateRules.NONE, false);
    }
}

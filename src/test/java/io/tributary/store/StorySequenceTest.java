package io.tributary.store;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static io.tributary.store.Poller.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The story sequence archive pages are cut from, story counts, and each source's rights. */
class StorySequenceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig ALPHA = Poller.source("Alpha");

    private Store store;
    private Poller poller;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(MemoryStore.settings());
        poller = new Poller(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsStoriesInTheOrderTheyWereStoredWhateverTheirDates() throws StoreException {
        poller.poll(ALPHA, NOW, entry("b", "https://alpha.example.org/b", "Stored first", "", NOW.minus(Duration.ofDays(1))));
        poller.poll(ALPHA, NOW, entry("a", "https://alpha.example.org/a", "Stored second", "", NOW.minus(Duration.ofDays(9))));
        poller.poll(ALPHA, NOW, entry("c", "https://alpha.example.org/c", "Stored third", "", NOW));

        assertThat(store.inSequence(Optional.empty(), 0, 10)).extracting(PublishedStory::title)
                .containsExactly("Stored first", "Stored second", "Stored third");
    }

    @Test
    void skipsAndLimitsForOnePage() throws StoreException {
        for (int i = 1; i <= 5; i++) {
            poller.poll(ALPHA, NOW, entry("e" + i, "https://alpha.example.org/" + i, "Story " + i, "", NOW));
        }

        assertThat(store.inSequence(Optional.empty(), 2, 2)).extracting(PublishedStory::title)
                .containsExactly("Story 3", "Story 4");
        assertThat(store.storyCount(Optional.empty())).isEqualTo(5);
    }

    @Test
    void keepsToOneTopicWhenAsked() throws StoreException {
        poller.poll(ALPHA, NOW,
                entry("1", "https://alpha.example.org/1", "Tehran talks", "", NOW),
                entry("2", "https://alpha.example.org/2", "Garden show", "", NOW),
                entry("3", "https://alpha.example.org/3", "Iran vote", "", NOW));

        assertThat(store.inSequence(Optional.of("iran"), 0, 10)).extracting(PublishedStory::title)
                .containsExactly("Tehran talks", "Iran vote");
        assertThat(store.storyCount(Optional.of("iran"))).isEqualTo(2);
    }

    @Test
    void givesEveryCarrierTheRightsItsFeedStated() throws StoreException {
        try (PollTransaction poll = store.begin(ALPHA)) {
            poll.write(poller.write(poll, ALPHA, entry("r", "https://alpha.example.org/r", "Rights", "", NOW), NOW));
            poll.finish(withRights(Optional.of("© Alpha Press")));
        }

        assertThat(store.latest(1, Optional.empty()).get(0).carriers().get(0).rights()).contains("© Alpha Press");
    }

    @Test
    void keepsTheStoredRightsWhenALaterPollSaysNothing() throws StoreException {
        try (PollTransaction poll = store.begin(ALPHA)) {
            poll.write(poller.write(poll, ALPHA, entry("r", "https://alpha.example.org/r", "Rights", "", NOW), NOW));
            poll.finish(withRights(Optional.of("© Alpha Press")));
        }
        poller.poll(ALPHA, NOW.plusSeconds(60));

        assertThat(store.latest(1, Optional.empty()).get(0).carriers().get(0).rights()).contains("© Alpha Press");
    }

    private static SourceUpdate withRights(Optional<String> rights) {
        return new SourceUpdate(ALPHA.url(), FetchState.initial(), "ok", Optional.empty(), Optional.empty(),
                Optional.empty(), NOW, 1, true, rights);
    }
}

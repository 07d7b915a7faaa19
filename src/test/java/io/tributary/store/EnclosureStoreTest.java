package io.tributary.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.parse.Enclosure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnclosureStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SourceConfig PODCAST = Poller.source("Podcast");
    private static final Enclosure EPISODE = new Enclosure("https://cdn.example.org/ep1.mp3",
            Optional.of("audio/mpeg"), OptionalLong.of(31457280));
    private static final Enclosure VIDEO = new Enclosure("https://cdn.example.org/ep1.mp4",
            Optional.empty(), OptionalLong.empty());

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

    private static CleanEntry withEnclosures(String title, List<Enclosure> enclosures) {
        CleanEntry e = Poller.entry("ep1", "https://podcast.example.org/1", title, "<p>" + title + "</p>", NOW);
        return new CleanEntry(e.guid(), e.link(), e.title(), e.contentHtml(), e.summary(), e.text(), e.published(),
                e.updated(), e.author(), e.categories(), enclosures);
    }

    @Test
    void publishesTheEnclosuresOfTheStandingEntryInOrder() throws StoreException {
        poller.poll(PODCAST, NOW, withEnclosures("Episode one", List.of(EPISODE, VIDEO)));

        assertThat(store.latest(1, Optional.empty()).get(0).enclosures()).containsExactly(EPISODE, VIDEO);
    }

    @Test
    void replacesTheEnclosuresWhenTheEntryIsUpdated() throws StoreException {
        poller.poll(PODCAST, NOW, withEnclosures("Episode one", List.of(EPISODE, VIDEO)));
        poller.poll(PODCAST, NOW.plusSeconds(60), withEnclosures("Episode one, fixed", List.of(VIDEO)));

        assertThat(store.latest(1, Optional.empty()).get(0).enclosures()).containsExactly(VIDEO);
    }

    @Test
    void givesAStoryWithoutMediaNoEnclosures() throws StoreException {
        poller.poll(PODCAST, NOW, withEnclosures("Notes", List.of()));

        assertThat(store.latest(1, Optional.empty()).get(0).enclosures()).isEmpty();
    }
}

package io.tributary.ops;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.FetchState;
import io.tributary.store.EntryWrite;
import io.tributary.store.PollTransaction;
import io.tributary.store.SourceUpdate;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Writes polls into a store the way the pipeline does, with chosen times, outcomes and topics. */
final class StoredPolls {
    private final Store store;
    private final Deduplicator deduplicator = new Deduplicator();
    private final StoryIds storyIds = new StoryIds();

    StoredPolls(Store store) {
        this.store = store;
    }

    static StoreSettings memory() {
        return new StoreSettings("jdbc:hsqldb:mem:ops-test-" + UUID.randomUUID(), "", "");
    }

    static SourceConfig source(String name) {
        return new SourceConfig(name, URI.create("https://" + name.toLowerCase().replace(' ', '-') + ".example.org/feed"),
                List.of(), Duration.ofMinutes(15));
    }

    /** A successful poll bringing entries (title, publication time, topics). */
    void ok(SourceConfig source, Instant at, long millis, Item... items) throws StoreException {
        try (PollTransaction poll = store.begin(source)) {
            for (Item item : items) {
                CleanEntry entry = new CleanEntry(Optional.of(item.title()), Optional.of("https://example.org/"
                        + item.title().toLowerCase().replace(' ', '-')), item.title(), "<p>" + item.title() + "</p>",
                        item.title(), item.text(), Optional.of(item.published()), Optional.empty(), Optional.empty(),
                        List.of());
                EntryIdentity identity = EntryIdentity.of(entry);
                Decision decision = deduplicator.decide(source.name(), identity, poll);
                String id = storyIds.mint("ops.test", at.atZone(ZoneOffset.UTC).toLocalDate(), source.name(),
                        identity.key());
                poll.write(new EntryWrite(entry, identity, decision, item.topics(), id, at));
            }
            poll.finish(new SourceUpdate(source.url(), FetchState.initial(), "ok", Optional.empty(), Optional.empty(),
                    Optional.empty(), at, millis, true));
        }
    }

    /** A failed poll. */
    void failed(SourceConfig source, Instant at, long millis, String status, String error) throws StoreException {
        try (PollTransaction poll = store.begin(source)) {
            poll.finish(new SourceUpdate(source.url(), FetchState.initial(), status, Optional.of(error),
                    Optional.empty(), Optional.empty(), at, millis, false));
        }
    }

    record Item(String title, String text, Instant published, Set<String> topics) {
        static Item of(String title, Instant published, String... topics) {
            return new Item(title, title, published, Set.of(topics));
        }
    }
}

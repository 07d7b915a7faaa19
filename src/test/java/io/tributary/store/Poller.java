package io.tributary.store;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.dedup.Decision;
import io.tributary.dedup.Deduplicator;
import io.tributary.dedup.EntryIdentity;
import io.tributary.dedup.StoryIds;
import io.tributary.fetch.FetchState;
import io.tributary.topic.Tagger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Writes polls the way the pipeline will: identity, decision, topics, write, finish. */
final class Poller {
    static final String AUTHORITY = "tributary.example.org";

    private final Store store;
    private final Deduplicator deduplicator = new Deduplicator();
    private final StoryIds storyIds = new StoryIds();
    private final Tagger tagger = new Tagger(List.of(
            new TopicRule("iran", "Iran", List.of("iran", "tehran")),
            new TopicRule("rivers", "Rivers", List.of("river", "flood"))));

    Poller(Store store) {
        this.store = store;
    }

    static SourceConfig source(String name, String... topics) {
        return new SourceConfig(name, URI.create("https://" + name.toLowerCase() + ".example.org/feed.xml"),
                List.of(topics), Duration.ofMinutes(15));
    }

    static SourceUpdate ok(SourceConfig source, Instant at) {
        return new SourceUpdate(source.url(), FetchState.initial(), "ok", Optional.empty(),
                Optional.of(source.name() + " feed"), Optional.of("https://" + source.name().toLowerCase() + ".example.org/"),
                at, 42, true);
    }

    PollCounts poll(SourceConfig source, Instant now, CleanEntry... entries) throws StoreException {
        try (PollTransaction poll = store.begin(source)) {
            for (CleanEntry entry : entries) {
                poll.write(write(poll, source, entry, now));
            }
            return poll.finish(ok(source, now));
        }
    }

    EntryWrite write(PollTransaction poll, SourceConfig source, CleanEntry entry, Instant now) {
        EntryIdentity identity = EntryIdentity.of(entry);
        Decision decision = deduplicator.decide(source.name(), identity, poll);
        String storyId = storyIds.mint(AUTHORITY, now.atZone(ZoneOffset.UTC).toLocalDate(), source.name(),
                identity.key());
        return new EntryWrite(entry, identity, decision, tagger.tag(entry, source), storyId, now);
    }

    static CleanEntry entry(String guid, String link, String title, String html, Instant published) {
        return new CleanEntry(Optional.ofNullable(guid), Optional.ofNullable(link), title, html,
                "Summary: " + title, "Text: " + title, Optional.ofNullable(published), Optional.empty(),
                Optional.of("A. Writer"), List.of());
    }
}

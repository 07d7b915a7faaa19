package io.tributary.publish;

import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stories for tests, built from a few words each so a test shows only what it is about. */
final class Stories {
    static final Instant NOON = Instant.parse("2025-03-14T12:00:00Z");

    private Stories() {
    }

    static Carrier carrier(String name, String link) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new Carrier(name, URI.create("https://" + slug + ".example/feed.xml"),
                Optional.of(name + " feed"), Optional.of(link));
    }

    static PublishedStory story(String id, String title, Instant updated, List<String> topics,
                                Carrier... carriers) {
        List<Carrier> list = List.of(carriers);
        Optional<String> link = list.isEmpty() ? Optional.empty() : list.get(0).link();
        return new PublishedStory("tag:tributary.example,2025:" + id, title, link,
                "<p>The full text of " + id + ".</p>", "Summary of " + id + ".",
                updated.minusSeconds(3600), updated, Optional.empty(), topics, list);
    }

    static PublishedStory story(String id, String title, List<String> topics) {
        return story(id, title, NOON, topics,
                carrier("River Desk", "https://river-desk.example/" + id));
    }

    static PublishedStory withTitle(PublishedStory story, String title) {
        return new PublishedStory(story.id(), title, story.link(), story.contentHtml(),
                story.summary(), story.published(), story.updated(), story.author(),
                story.topics(), story.carriers());
    }

    static PublishedStory withLink(PublishedStory story, String link) {
        return new PublishedStory(story.id(), story.title(), Optional.of(link),
                story.contentHtml(), story.summary(), story.published(), story.updated(),
                story.author(), story.topics(), story.carriers());
    }

    static PublishedStory withAuthor(PublishedStory story, String author) {
        return new PublishedStory(story.id(), story.title(), story.link(), story.contentHtml(),
                story.summary(), story.published(), story.updated(), Optional.of(author),
                story.topics(), story.carriers());
    }
}

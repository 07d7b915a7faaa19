package io.tributary.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A source read from a local file must not publish where that file lives on the server. */
class AtomSourceOfLocalFeedTest {
    @Test
    void namesALocalSourceWithoutItsFilePath() {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        PublishedStory story = new PublishedStory("tag:feeds.test,2026-11-01:abc", "A title",
                Optional.of("https://news.example/a"), "<p>Text</p>", "Text", now, now, Optional.empty(),
                List.of(), List.of(new Carrier("Local Notes", URI.create("file:///srv/private/notes.xml"),
                        Optional.empty(), Optional.of("https://news.example/a"))));
        String atom = new String(new AtomFeedWriter().write(new FeedDocument("http://feeds.test/feeds/all.atom",
                "All", URI.create("http://feeds.test/feeds/all.atom"), URI.create("http://feeds.test/"), now,
                "All", URI.create("http://feeds.test/topics/"), Map.of(), List.of(story))), StandardCharsets.UTF_8);

        assertThat(atom).doesNotContain("/srv/private").contains("<id>urn:tributary:source:Local+Notes</id>");
    }
}

package io.tributary.publish;

import io.tributary.store.PublishedStory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the publisher reads stories from. The store has methods with exactly these signatures,
 * so {@code store::latest} and {@code store::topicCounts} adapt it; keeping this narrow view
 * here lets every publishing test run on plain values.
 */
public interface StorySource {
    /**
     * The newest stories first, at most {@code limit}, only those tagged with {@code topic} when
     * one is given.
     */
    List<PublishedStory> latest(int limit, Optional<String> topic);

    /**
     * The newest stories with no topic, for {@code /feeds/topics/uncategorized.atom}. A source
     * that cannot tell has none.
     */
    default List<PublishedStory> uncategorized(int limit) {
        return List.of();
    }

    /** Stories stored per topic name; a topic with no story may be missing. */
    Map<String, Long> topicCounts();
}

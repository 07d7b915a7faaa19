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

    /**
     * Stories in the order they were first stored, oldest first, skipping the first {@code from}
     * and returning at most {@code limit}, only those tagged with {@code topic} when one is given.
     * Archive pages are cut from this sequence, so a story stays on its page for good. A source
     * that cannot list its stories this way publishes no archive pages.
     */
    default List<PublishedStory> inSequence(Optional<String> topic, long from, int limit) {
        return List.of();
    }

    /** How many stories {@link #inSequence} can list; 0 publishes no archive pages. */
    default long storyCount(Optional<String> topic) {
        return 0;
    }
}

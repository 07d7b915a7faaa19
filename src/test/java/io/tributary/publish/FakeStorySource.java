package io.tributary.publish;

import io.tributary.store.PublishedStory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The store's reading side in memory: stories kept newest first, as the store returns them. */
final class FakeStorySource implements StorySource {
    private final List<PublishedStory> newestFirst;
    private final List<Integer> limitsAsked = new ArrayList<>();

    FakeStorySource(List<PublishedStory> newestFirst) {
        this.newestFirst = List.copyOf(newestFirst);
    }

    @Override
    public List<PublishedStory> latest(int limit, Optional<String> topic) {
        limitsAsked.add(limit);
        return newestFirst.stream()
                .filter(story -> topic.isEmpty() || story.topics().contains(topic.get()))
                .limit(limit)
                .toList();
    }

    @Override
    public Map<String, Long> topicCounts() {
        Map<String, Long> counts = new TreeMap<>();
        newestFirst.forEach(story -> story.topics().forEach(t -> counts.merge(t, 1L, Long::sum)));
        return counts;
    }

    /** The sequence is the order stories were stored: the reverse of newest first. */
    @Override
    public List<PublishedStory> inSequence(Optional<String> topic, long from, int limit) {
        List<PublishedStory> sequence = new ArrayList<>(newestFirst.stream()
                .filter(story -> topic.isEmpty() || story.topics().contains(topic.get())).toList());
        java.util.Collections.reverse(sequence);
        return sequence.stream().skip(from).limit(limit).toList();
    }

    @Override
    public long storyCount(Optional<String> topic) {
        return newestFirst.stream().filter(story -> topic.isEmpty() || story.topics().contains(topic.get()))
                .count();
    }

    List<Integer> limitsAsked() {
        return limitsAsked;
    }
}

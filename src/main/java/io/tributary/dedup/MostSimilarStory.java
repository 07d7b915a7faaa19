package io.tributary.dedup;

import java.util.OptionalLong;

/**
 * Picks, among candidates offered one by one, the story of the most similar one at or above a
 * threshold; of equally similar ones the oldest story (the lowest id), so the choice does not
 * depend on the order the candidates come in. One rule for every index that compares candidates.
 */
public final class MostSimilarStory {
    private final double threshold;
    private long story;
    private double similarity = -1;

    public MostSimilarStory(double threshold) {
        this.threshold = threshold;
    }

    /** Below this a candidate can change nothing: for comparisons that may stop early. */
    public double worthAtLeast() {
        return Math.max(threshold, similarity);
    }

    public void offer(long storyId, double alike) {
        if (alike >= threshold && (alike > similarity || alike == similarity && storyId < story)) {
            story = storyId;
            similarity = alike;
        }
    }

    public OptionalLong story() {
        return similarity < 0 ? OptionalLong.empty() : OptionalLong.of(story);
    }
}

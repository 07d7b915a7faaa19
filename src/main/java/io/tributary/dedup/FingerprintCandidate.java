package io.tributary.dedup;

import java.util.List;
import java.util.OptionalLong;

/**
 * A stored entry that shares at least one fingerprint band with a new entry: worth comparing.
 *
 * @param entryId     the store's id of the entry
 * @param storyId     the story it belongs to
 * @param sourceName  the source that carried it
 * @param fingerprint its stored fingerprint
 */
public record FingerprintCandidate(long entryId, long storyId, String sourceName, Fingerprint fingerprint) {
    /**
     * The story of the candidate most like {@code mine} and at least {@code similarity} alike,
     * among those of sources other than {@code otherThanSource}; of equally alike ones, the oldest
     * story (the lowest id), so the choice does not depend on the order the index gave.
     */
    public static OptionalLong mostSimilarStory(List<FingerprintCandidate> candidates, Fingerprint mine,
                                                String otherThanSource, double similarity) {
        long best = 0;
        double bestSimilarity = -1;
        for (FingerprintCandidate candidate : candidates) {
            if (candidate.sourceName().equals(otherThanSource)) {
                continue;
            }
            double alike = mine.similarity(candidate.fingerprint());
            if (alike >= similarity && (alike > bestSimilarity
                    || alike == bestSimilarity && candidate.storyId() < best)) {
                best = candidate.storyId();
                bestSimilarity = alike;
            }
        }
        return bestSimilarity < 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }
}

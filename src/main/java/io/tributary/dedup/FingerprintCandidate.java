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
     * among those of sources other than {@code otherThanSource} (see {@link MostSimilarStory}).
     */
    public static OptionalLong mostSimilarStory(List<FingerprintCandidate> candidates, Fingerprint mine,
                                                String otherThanSource, double similarity) {
        MostSimilarStory best = new MostSimilarStory(similarity);
        for (FingerprintCandidate candidate : candidates) {
            if (!candidate.sourceName().equals(otherThanSource)) {
                best.offer(candidate.storyId(), mine.similarity(candidate.fingerprint()));
            }
        }
        return best.story();
    }
}

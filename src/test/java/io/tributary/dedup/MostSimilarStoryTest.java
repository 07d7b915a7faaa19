package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MostSimilarStoryTest {
    @Test
    void picksTheMostSimilarAndOfEqualsTheOldestStoryWhateverTheOrder() {
        MostSimilarStory best = new MostSimilarStory(0.8);
        best.offer(30, 0.9);
        best.offer(12, 0.9);
        best.offer(25, 0.85);

        assertThat(best.story()).hasValue(12);
        assertThat(best.worthAtLeast()).isEqualTo(0.9);
    }

    @Test
    void findsNothingBelowTheThreshold() {
        MostSimilarStory best = new MostSimilarStory(0.8);
        best.offer(7, 0.79);
        best.offer(8, -1);

        assertThat(best.story()).isEmpty();
        assertThat(best.worthAtLeast()).isEqualTo(0.8);
    }
}

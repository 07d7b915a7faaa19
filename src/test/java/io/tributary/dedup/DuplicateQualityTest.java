package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, item 4: on a generated labelled corpus, "is a duplicate" must be right at least 98 %
 * of the times it is said (precision) and said for at least 90 % of the copies (recall), with the
 * default similarity and window.
 */
class DuplicateQualityTest {
    private static final long SEED = 20261127L;

    @Test
    void findsCopiesPreciselyOnAGeneratedCorpus() {
        DuplicateQuality.Result result = DuplicateQuality.measure(DuplicateCorpus.generate(SEED), new Deduplicator());

        System.out.printf("near-duplicate quality on %d entries (%d copies): precision %.4f, recall %.4f%n",
                result.entries(), result.copies(), result.precision(), result.recall());
        result.errors().forEach((kind, count) -> System.out.printf("  %s: %d%n", kind, count));
        assertThat(result.entries()).isGreaterThanOrEqualTo(2000);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.90);
    }
}

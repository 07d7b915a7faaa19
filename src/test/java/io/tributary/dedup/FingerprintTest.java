package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintTest {
    private final Fingerprint story = new Fingerprinter().fingerprint(Texts.read("ferry-strike.txt")).orElseThrow();

    @Test
    void readsBackWhatItEncodes() {
        assertThat(Fingerprint.decode(story.encode())).contains(story);
    }

    @Test
    void readsNothingFromAnotherFormat() {
        assertThat(Fingerprint.decode("x1:12:AAAA")).isEmpty();
        assertThat(Fingerprint.decode("m1:12:not base64!")).isEmpty();
        assertThat(Fingerprint.decode("m1:12:AAAA")).isEmpty();
        assertThat(Fingerprint.decode(null)).isEmpty();
    }

    @Test
    void cutsTheSignatureIntoDistinctBands() {
        long[] bands = story.bandHashes();

        assertThat(bands).hasSize(Fingerprint.BANDS);
        assertThat(Arrays.stream(bands).distinct().count()).isEqualTo(Fingerprint.BANDS);
    }

    @Test
    void givesEqualValuesInDifferentBandsDifferentHashes() {
        int[] same = new int[Fingerprint.HASHES];
        Arrays.fill(same, 42);

        long[] bands = Fingerprint.of(same, 10).bandHashes();

        assertThat(bands[0]).isNotEqualTo(bands[1]);
    }

    @Test
    void refusesASignatureOfTheWrongLength() {
        assertThatThrownBy(() -> Fingerprint.of(new int[3], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsAStoryFullySimilarToItself() {
        assertThat(story.similarity(story)).isEqualTo(1.0);
        assertThat(story.resemblance(story)).isEqualTo(1.0);
    }

    @Test
    void comparesAFlatCopyAsItComparesTheFingerprint() {
        Random random = new Random(7);
        IntBuffer flat = IntBuffer.allocate(3 * Fingerprint.FLAT_INTS);
        for (int round = 0; round < 2_000; round++) {
            Fingerprint mine = RandomFingerprints.of(random, someShingles(random));
            Fingerprint other = RandomFingerprints.sharing(random, mine, random.nextInt(Fingerprint.HASHES + 1),
                    someShingles(random));
            int offset = random.nextInt(3) * Fingerprint.FLAT_INTS;
            other.copyFlatTo(flat, offset);
            double atLeast = random.nextInt(101) / 100.0;

            double exact = mine.similarity(other);
            double flatOne = mine.similarity(flat, offset, other.shingles(), atLeast);

            if (exact >= atLeast) {
                assertThat(flatOne).as("round %d", round).isEqualTo(exact);
            } else {
                assertThat(flatOne).as("round %d", round).isIn(exact, -1.0);
            }
        }
    }

    @Test
    void stopsComparingWhenTheRestCannotReachTheThreshold() {
        Fingerprint mine = RandomFingerprints.of(new Random(1), 300);
        Fingerprint unlike = RandomFingerprints.sharing(new Random(2), mine, 10, 300);
        IntBuffer flat = IntBuffer.allocate(Fingerprint.FLAT_INTS);
        unlike.copyFlatTo(flat, 0);

        assertThat(mine.similarity(flat, 0, unlike.shingles(), 0.8)).isNegative();
        assertThat(mine.similarity(flat, 0, unlike.shingles(), 0.0)).isEqualTo(mine.similarity(unlike));
    }

    private static int someShingles(Random random) {
        return 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
    }
}

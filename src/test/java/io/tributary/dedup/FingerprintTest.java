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

    @Test
    void givesWhatComparingEveryValueGivesWhateverTheSketchSays() {
        Random random = new Random(8);
        IntBuffer flat = IntBuffer.allocate(Fingerprint.FLAT_INTS);
        IntBuffer unsketched = IntBuffer.allocate(Fingerprint.FLAT_INTS);
        int reached = 0;
        int missed = 0;
        for (int round = 0; round < 20_000; round++) {
            Fingerprint mine = RandomFingerprints.of(random, someShingles(random));
            int same = random.nextInt(Fingerprint.HASHES + 1);
            Fingerprint other = RandomFingerprints.lookingLike(random, mine, same,
                    random.nextInt(Fingerprint.HASHES - same + 1), someShingles(random));
            other.copyFlatTo(flat, 0);
            // the same values behind a copy of my own sketch, which can turn nothing away
            other.copyFlatTo(unsketched, 0);
            mine.copyFlatTo(unsketched, 0);
            unsketched.put(ByteSketch.INTS, flat, ByteSketch.INTS, Fingerprint.HASHES);
            double atLeast = random.nextInt(101) / 100.0;

            double exact = mine.similarity(other);
            double sketched = mine.similarity(flat, 0, other.shingles(), atLeast);

            assertThat(sketched).as("round %d", round)
                    .isEqualTo(mine.similarity(unsketched, 0, other.shingles(), atLeast));
            if (exact >= atLeast) {
                assertThat(sketched).as("round %d", round).isEqualTo(exact);
                reached++;
            } else {
                missed++;
            }
        }
        assertThat(reached).as("pairs that reach the threshold").isGreaterThan(2_000);
        assertThat(missed).as("pairs that do not").isGreaterThan(2_000);
    }

    @Test
    void turnsAwayOnTheSketchAPairWhoseLowBytesDiffer() {
        Fingerprint mine = RandomFingerprints.of(new Random(9), 300);
        Fingerprint unlike = RandomFingerprints.lookingLike(new Random(10), mine, 0, 0, 300);
        IntBuffer flat = IntBuffer.allocate(2 * Fingerprint.FLAT_INTS);
        unlike.copyFlatTo(flat, 0);
        mine.copyFlatTo(flat, Fingerprint.FLAT_INTS);
        // my own values behind the unlike sketch: only the sketch can say no
        flat.put(ByteSketch.INTS, flat, Fingerprint.FLAT_INTS + ByteSketch.INTS, Fingerprint.HASHES);

        assertThat(mine.similarity(flat, 0, 300, 0.5)).isNegative();
        assertThat(mine.similarity(flat, 0, 300, 0.0)).isEqualTo(1.0);
    }

    @Test
    void comparesTheValuesOfAPairWhoseLowBytesAllAgree() {
        Fingerprint mine = RandomFingerprints.of(new Random(11), 300);
        Fingerprint lookalike = RandomFingerprints.lookingLike(new Random(12), mine, 20, Fingerprint.HASHES - 20, 300);
        IntBuffer flat = IntBuffer.allocate(Fingerprint.FLAT_INTS);
        lookalike.copyFlatTo(flat, 0);

        assertThat(mine.similarity(flat, 0, 300, 0.5)).isNegative();
        assertThat(mine.similarity(flat, 0, 300, 0.1)).isEqualTo(mine.similarity(lookalike)).isPositive();
    }

    @Test
    void readsBackAFlatCopy() {
        IntBuffer flat = IntBuffer.allocate(2 * Fingerprint.FLAT_INTS);
        story.copyFlatTo(flat, Fingerprint.FLAT_INTS);

        assertThat(Fingerprint.ofFlat(flat, Fingerprint.FLAT_INTS, story.shingles())).isEqualTo(story);
    }

    private static int someShingles(Random random) {
        return 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
    }
}

package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

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
}

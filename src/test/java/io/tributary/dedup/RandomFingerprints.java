package io.tributary.dedup;

import java.util.Random;

/** Fingerprints made up for tests of comparing and indexing them: random values, some shared on purpose. */
public final class RandomFingerprints {
    private RandomFingerprints() {
    }

    /** Random values over {@code shingles} shingles. */
    public static Fingerprint of(Random random, int shingles) {
        return sharing(random, null, 0, shingles);
    }

    /** Random values, exactly {@code same} of them (at random places) equal to those of {@code like}. */
    public static Fingerprint sharing(Random random, Fingerprint like, int same, int shingles) {
        int[] values = new int[Fingerprint.HASHES];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt();
        }
        if (like != null) {
            int[] theirs = like.signature();
            for (int shared = 0; shared < same; ) {
                int at = random.nextInt(values.length);
                if (values[at] != theirs[at]) {
                    values[at] = theirs[at];
                    shared++;
                }
            }
        }
        return Fingerprint.of(values, shingles);
    }
}

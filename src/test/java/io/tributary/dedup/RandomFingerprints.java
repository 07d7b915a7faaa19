package io.tributary.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * Values unequal to those of {@code like} except {@code same} of them, at random places, with
     * {@code sameLowByte} of the others differing only above the low byte (the rest now and then
     * share it too, as random values do): pairs that low bytes alone make look closer than they are.
     */
    public static Fingerprint lookingLike(Random random, Fingerprint like, int same, int sameLowByte, int shingles) {
        int[] theirs = like.signature();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < theirs.length; i++) {
            places.add(i);
        }
        Collections.shuffle(places, random);
        int[] values = new int[Fingerprint.HASHES];
        for (int n = 0; n < values.length; n++) {
            int at = places.get(n);
            if (n < same) {
                values[at] = theirs[at];
            } else if (n < same + sameLowByte) {
                values[at] = theirs[at] ^ (1 + random.nextInt(0xffffff)) << Byte.SIZE; // differs above the low byte
            } else {
                values[at] = theirs[at] ^ (1 + random.nextInt(Integer.MAX_VALUE)); // differs somewhere
            }
        }
        return Fingerprint.of(values, shingles);
    }
}

package io.tributary.dedup;

import java.nio.IntBuffer;

/**
 * The low byte of each of a signature's {@link Fingerprint#HASHES} values, four to an int: a
 * quarter of the signature that bounds how many values two signatures share. Equal values always
 * have equal low bytes, so the count of equal bytes is never below the count of equal values and
 * a sketch can only reject a pair the signature would reject too. Unequal values share their low
 * byte one time in 256, so for a text that meets another in a band only by chance the bound sits
 * close to the truth: the pair is turned away after reading 128 bytes instead of 512.
 */
final class ByteSketch {
    /** Ints in a sketch. */
    static final int INTS = Fingerprint.HASHES / Integer.BYTES;
    /** The high bit of each byte clear: what keeps the per-byte sums below from carrying over. */
    private static final int LOW_SEVEN = 0x7F7F7F7F;

    private final int[] packed;

    private ByteSketch(int[] packed) {
        this.packed = packed;
    }

    /** The sketch of a signature: value {@code i}'s low byte is byte {@code i % 4} of int {@code i / 4}. */
    static ByteSketch of(int[] signature) {
        int[] packed = new int[INTS];
        for (int i = 0; i < signature.length; i++) {
            packed[i / Integer.BYTES] |= (signature[i] & 0xff) << (i % Integer.BYTES * Byte.SIZE);
        }
        return new ByteSketch(packed);
    }

    /** Writes the {@link #INTS} ints at {@code offset}, for {@link #mayShare}. */
    void copyTo(IntBuffer flat, int offset) {
        flat.put(offset, packed);
    }

    /**
     * False only when the sketch at {@code offset} certainly shares fewer than {@code needed} values
     * with this one. It stops as soon as the bytes left could not make up the difference, which for
     * a high threshold between texts of like size is within the first few ints.
     */
    boolean mayShare(IntBuffer flat, int offset, int needed) {
        int same = 0;
        for (int i = 0; i < INTS; i++) {
            same += equalBytes(packed[i], flat.get(offset + i));
            if (same + Integer.BYTES * (INTS - 1 - i) < needed) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of the four bytes of {@code a} and {@code b} are equal, without a loop over them:
     * their exclusive or has a zero byte where they agree. Adding 0x7F to each byte's low seven
     * bits sets its high bit unless those bits are all zero (and never carries into the next
     * byte); or-ing in the byte's own high bit leaves a byte's high bit clear only for a zero byte.
     */
    static int equalBytes(int a, int b) {
        int x = a ^ b;
        int nonZero = ((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN;
        return Integer.bitCount(~nonZero);
    }
}

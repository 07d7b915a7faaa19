package io.tributary.dedup;

import org.junit.jupiter.api.Test;

import java.nio.IntBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSketchTest {
    @Test
    void countsEqualBytesAsAByteByByteCountDoes() {
        Random random = new Random(21);
        int[] edges = {0, -1, 0x80, 0x7F, 0x7F7F7F7F, 0x80808080, 0x01010101, 0xFEFEFEFE};
        for (int round = 0; round < 20_000; round++) {
            int a = round < edges.length * edges.length ? edges[round / edges.length] : random.nextInt();
            int b = round < edges.length * edges.length ? edges[round % edges.length] : mixBytes(random, a);

            assertThat(ByteSketch.equalBytes(a, b)).as("%08x %08x", a, b).isEqualTo(equalBytesOneByOne(a, b));
        }
    }

    @Test
    void mayShareExactlyAsManyValuesAsTheLowBytesAllow() {
        Random random = new Random(22);
        IntBuffer flat = IntBuffer.allocate(3 * ByteSketch.INTS);
        for (int round = 0; round < 2_000; round++) {
            Fingerprint mine = RandomFingerprints.of(random, 100);
            int same = random.nextInt(Fingerprint.HASHES + 1);
            Fingerprint other = RandomFingerprints.lookingLike(random, mine, same,
                    random.nextInt(Fingerprint.HASHES - same + 1), 100);
            int offset = random.nextInt(3) * ByteSketch.INTS;
            ByteSketch.of(other.signature()).copyTo(flat, offset);
            int lowBytes = equalLowBytes(mine.signature(), other.signature());
            ByteSketch sketch = ByteSketch.of(mine.signature());

            assertThat(lowBytes).isGreaterThanOrEqualTo(same);
            for (int needed = 0; needed <= Fingerprint.HASHES + 1; needed++) {
                assertThat(sketch.mayShare(flat, offset, needed)).as("round %d, %d needed of %d low bytes",
                        round, needed, lowBytes).isEqualTo(needed <= lowBytes);
            }
        }
    }

    /** {@code a} with each of its bytes kept, or replaced by a random one, at random: many bytes agree. */
    private static int mixBytes(Random random, int a) {
        int b = a;
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            if (random.nextBoolean()) {
                b = b & ~(0xff << shift) | random.nextInt(256) << shift;
            }
        }
        return b;
    }

    private static int equalBytesOneByOne(int a, int b) {
        int equal = 0;
        for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
            equal += (a >>> shift & 0xff) == (b >>> shift & 0xff) ? 1 : 0;
        }
        return equal;
    }

    private static int equalLowBytes(int[] mine, int[] others) {
        int equal = 0;
        for (int i = 0; i < mine.length; i++) {
            equal += (byte) mine[i] == (byte) others[i] ? 1 : 0;
        }
        return equal;
    }
}

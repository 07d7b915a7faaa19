package io.tributary.dedup;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A MinHash signature of an entry's text: {@link #HASHES} minimum hash values over its word
 * shingles, plus how many distinct shingles there were. Two signatures estimate how much two
 * texts share without either text at hand; {@link #bandHashes()} cut it into bands for the store's
 * index, so that only texts sharing a whole band are ever compared (locality-sensitive hashing,
 * Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", chapter 3).
 */
public final class Fingerprint {
    /** Hash functions per signature. */
    public static final int HASHES = 128;
    /**
     * Bands of {@link #ROWS} values, from the first {@code BANDS * ROWS} of the signature (the
     * rest only sharpens the comparison). With 32 bands of 3, texts with half their shingles in
     * common share a band 98 % of the time, which a copy cut to half its length needs; texts with
     * a twentieth in common do 0.4 % of the time, which keeps the candidates few.
     */
    public static final int BANDS = 32;
    public static final int ROWS = 3;
    /**
     * Ints a fingerprint takes in an index's flat array ({@link #copyFlatTo}): a sketch of the low
     * byte of every value first, then the values; the size is not among them.
     */
    public static final int FLAT_INTS = ByteSketch.INTS + HASHES;
    private static final String VERSION = "m1";

    private final int[] signature;
    private final int shingles;
    /** Made with the fingerprint, not on first use: it is small, and a final field is safe across threads. */
    private final ByteSketch sketch;

    private Fingerprint(int[] signature, int shingles) {
        this.signature = signature;
        this.shingles = shingles;
        this.sketch = ByteSketch.of(signature);
    }

    /**
     * @param signature {@link #HASHES} minimum hash values
     * @param shingles  how many distinct shingles they were taken over, at least 1
     */
    public static Fingerprint of(int[] signature, int shingles) {
        if (signature.length != HASHES || shingles < 1) {
            throw new IllegalArgumentException("a fingerprint has " + HASHES + " values over at least one shingle");
        }
        return new Fingerprint(signature.clone(), shingles);
    }

    public int shingles() {
        return shingles;
    }

    /**
     * One hash per band, the band's number mixed in, so a store can look every band up in one
     * index without the band number: equal values in different bands never meet.
     */
    public long[] bandHashes() {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = Mix.fmix64(0x9E3779B97F4A7C15L * (band + 1));
            for (int row = 0; row < ROWS; row++) {
                hash = Mix.fmix64(hash ^ (signature[band * ROWS + row] & 0xffffffffL));
            }
            bands[band] = hash;
        }
        return bands;
    }

    /** The estimated share of shingles the two texts have in common (Jaccard resemblance). */
    public double resemblance(Fingerprint other) {
        return (double) sameValues(other.signature) / HASHES;
    }

    /**
     * How much of the shorter text the longer one holds (the overlap coefficient), estimated from
     * the resemblance and both sizes. Unlike the resemblance it stays high for a copy cut short,
     * which is how feeds that carry teasers copy a story; a long quotation or a shared footer
     * still covers only part of either text.
     */
    public double similarity(Fingerprint other) {
        return similarity(sameValues(other.signature), other.shingles);
    }

    /**
     * {@link #similarity} against a fingerprint kept elsewhere (an index's flat array of many), or
     * a negative number when it is certainly below {@code atLeast}, which is most of the work for a
     * text that only shares a band by chance. The sketch turns most such texts away unread (it
     * counts equal low bytes, never fewer than the equal values); the rest are compared value by
     * value, stopping as soon as too few values are left to reach {@code atLeast}. The result is
     * exactly what comparing the whole signature would give whenever it reaches {@code atLeast}.
     *
     * @param flat          {@link #FLAT_INTS} ints from {@code offset}, as {@link #copyFlatTo} wrote them
     * @param otherShingles the size of the fingerprint written there
     */
    public double similarity(IntBuffer flat, int offset, int otherShingles, double atLeast) {
        int needed = sameValuesNeeded(otherShingles, atLeast);
        if (needed > 0 && !sketch.mayShare(flat, offset, needed)) {
            return -1;
        }
        int values = offset + ByteSketch.INTS;
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == flat.get(values + i)) {
                same++;
            } else if (same + HASHES - 1 - i < needed) {
                return -1;
            }
        }
        return similarity(same, otherShingles);
    }

    /** Writes {@link #FLAT_INTS} ints at {@code offset}, for {@link #similarity(IntBuffer, int, int, double)}. */
    public void copyFlatTo(IntBuffer flat, int offset) {
        sketch.copyTo(flat, offset);
        flat.put(offset + ByteSketch.INTS, signature);
    }

    /** The fingerprint {@link #copyFlatTo} wrote at {@code offset}, of {@code shingles} shingles. */
    public static Fingerprint ofFlat(IntBuffer flat, int offset, int shingles) {
        int[] signature = new int[HASHES];
        flat.get(offset + ByteSketch.INTS, signature);
        return of(signature, shingles);
    }

    /** A copy of the values, for tests that make up fingerprints like this one. */
    int[] signature() {
        return signature.clone();
    }

    private int sameValues(int[] others) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == others[i]) {
                same++;
            }
        }
        return same;
    }

    /** The similarity when {@code same} of the {@link #HASHES} values are equal. */
    private double similarity(int same, int otherShingles) {
        double resemblance = (double) same / HASHES;
        double common = resemblance * (shingles + otherShingles) / (1 + resemblance);
        return Math.min(1.0, common / Math.min(shingles, otherShingles));
    }

    /**
     * Fewer equal values than this cannot reach {@code similarity} (one less than the exact bound,
     * so rounding never cuts off a pair that {@link #similarity(int, int)} would let through).
     * From similarity = common / min and common = r (a + b) / (1 + r): r = s min / (a + b - s min).
     */
    private int sameValuesNeeded(int otherShingles, double similarity) {
        double least = similarity * Math.min(shingles, otherShingles);
        double rest = shingles + otherShingles - least;
        if (least <= 0 || rest <= 0) {
            return 0;
        }
        return Math.max(0, (int) Math.ceil(HASHES * least / rest) - 1);
    }

    /** A compact text form for a store column; {@link #decode} reads it back. */
    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int value : signature) {
            bytes.putInt(value);
        }
        return VERSION + ":" + shingles + ":" + Base64.getEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The fingerprint {@link #encode} wrote; empty for anything else (a column from another version). */
    public static Optional<Fingerprint> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            int shingles = Integer.parseInt(parts[1]);
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            if (bytes.length != HASHES * Integer.BYTES || shingles < 1) {
                return Optional.empty();
            }
            int[] signature = new int[HASHES];
            ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
            return Optional.of(new Fingerprint(signature, shingles));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint && ((Fingerprint) o).shingles == shingles
                && Arrays.equals(((Fingerprint) o).signature, signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }
}

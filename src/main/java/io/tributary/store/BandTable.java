package io.tributary.store;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from band hash to slot numbers in primitive arrays: an open-addressing table of keys,
 * each the head of a chain of postings. Boxed maps would spend some 80 bytes on each of the 32
 * postings an entry has; this spends about 16.
 */
final class BandTable {
    private static final int NONE = -1;

    private long[] keys;
    private int[] heads;
    private int[] postingSlot;
    private int[] postingNext;
    private int postings;
    private int used;

    BandTable() {
        clear();
    }

    /** How many (band hash, slot) pairs are held. */
    int postings() {
        return postings;
    }

    void clear() {
        keys = new long[1024];
        heads = new int[1024];
        Arrays.fill(heads, NONE);
        postingSlot = new int[4096];
        postingNext = new int[4096];
        postings = 0;
        used = 0;
    }

    void put(long bandHash, int slot) {
        if (used * 2 >= keys.length) {
            grow();
        }
        if (postings == postingSlot.length) {
            postingSlot = Arrays.copyOf(postingSlot, postings * 2);
            postingNext = Arrays.copyOf(postingNext, postings * 2);
        }
        int at = find(keys, heads, bandHash);
        if (heads[at] == NONE) {
            keys[at] = bandHash;
            used++;
        }
        postingSlot[postings] = slot;
        postingNext[postings] = heads[at];
        heads[at] = postings++;
    }

    /** Every slot put under {@code bandHash}, newest first. */
    void forEach(long bandHash, IntConsumer slots) {
        for (int p = heads[find(keys, heads, bandHash)]; p != NONE; p = postingNext[p]) {
            slots.accept(postingSlot[p]);
        }
    }

    /** The position of the key, or of the free place where it would go. */
    private static int find(long[] keys, int[] heads, long key) {
        int mask = keys.length - 1;
        int at = (int) (key ^ (key >>> 32)) & mask;
        while (heads[at] != NONE && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, NONE);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int at = find(keys, heads, oldKeys[i]);
                keys[at] = oldKeys[i];
                heads[at] = oldHeads[i];
            }
        }
    }
}

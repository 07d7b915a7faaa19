package io.tributary.store;

import java.util.function.IntConsumer;

/**
 * A multimap from band hash to slot numbers, in primitive arrays outside the heap: an
 * open-addressing table of keys, each the head of a chain of postings. Boxed maps would spend
 * some 80 bytes of heap on each of the 32 postings an entry has; this spends about 16 bytes, none
 * of them on the heap.
 */
final class BandTable {
    private static final int NONE = -1;
    private static final int INITIAL_KEYS = 1024;
    private static final int INITIAL_POSTINGS = 4096;

    private DirectLongs keys;
    private DirectInts heads;
    private DirectInts postingSlot;
    private DirectInts postingNext;
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
        keys = new DirectLongs(INITIAL_KEYS);
        heads = new DirectInts(INITIAL_KEYS);
        heads.fill(NONE);
        postingSlot = new DirectInts(INITIAL_POSTINGS);
        postingNext = new DirectInts(INITIAL_POSTINGS);
        postings = 0;
        used = 0;
    }

    void put(long bandHash, int slot) {
        if (used * 2 >= keys.capacity()) {
            grow();
        }
        postingSlot.ensureCapacity(postings + 1, postings);
        postingNext.ensureCapacity(postings + 1, postings);
        int at = find(keys, heads, bandHash);
        if (heads.get(at) == NONE) {
            keys.set(at, bandHash);
            used++;
        }
        postingSlot.set(postings, slot);
        postingNext.set(postings, heads.get(at));
        heads.set(at, postings++);
    }

    /** Every slot put under {@code bandHash}, newest first. */
    void forEach(long bandHash, IntConsumer slots) {
        for (int p = firstPosting(bandHash); p != NONE; p = nextPosting(p)) {
            slots.accept(slotOf(p));
        }
    }

    /**
     * The newest posting under {@code bandHash}, or a negative number for none: with
     * {@link #nextPosting} and {@link #slotOf}, a walk over the slots that needs no callback.
     */
    int firstPosting(long bandHash) {
        return heads.get(find(keys, heads, bandHash));
    }

    /** The posting after {@code posting} under the same band hash, or a negative number. */
    int nextPosting(int posting) {
        return postingNext.get(posting);
    }

    int slotOf(int posting) {
        return postingSlot.get(posting);
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return keys.bytes() + heads.bytes() + postingSlot.bytes() + postingNext.bytes();
    }

    /** The position of the key, or of the free place where it would go. */
    private static int find(DirectLongs keys, DirectInts heads, long key) {
        int mask = keys.capacity() - 1;
        int at = (int) (key ^ (key >>> 32)) & mask;
        while (heads.get(at) != NONE && keys.get(at) != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        DirectLongs oldKeys = keys;
        DirectInts oldHeads = heads;
        keys = new DirectLongs(oldKeys.capacity() * 2);
        heads = new DirectInts(oldKeys.capacity() * 2);
        heads.fill(NONE);
        for (int i = 0; i < oldKeys.capacity(); i++) {
            if (oldHeads.get(i) != NONE) {
                int at = find(keys, heads, oldKeys.get(i));
                keys.set(at, oldKeys.get(i));
                heads.set(at, oldHeads.get(i));
            }
        }
    }
}

package io.tributary.store;

import java.util.function.IntConsumer;

/**
 * A multimap from band hash to slot numbers, in primitive arrays outside the heap: an
 * open-addressing table of keys, each the head of a chain of postings. Boxed maps would spend
 * some 80 bytes of heap on each of the 32 postings an entry has; this spends about 16 bytes, none
 * of them on the heap. A key sits next to its chain's head and a posting's slot next to its link,
 * so each step of a look-up is one read of memory.
 */
final class BandTable {
    private static final int NONE = -1;
    private static final int INITIAL_CELLS = 1024;
    private static final int INITIAL_POSTINGS = 4096;

    /** Cell i: the key at 2i, the head posting (or NONE) at 2i + 1. */
    private DirectLongs cells;
    /** Posting p: its slot at 2p, the next posting of its key (or NONE) at 2p + 1. */
    private DirectInts postings;
    private int cellCount;
    private int postingCount;
    private int used;

    BandTable() {
        clear();
    }

    /** How many (band hash, slot) pairs are held. */
    int postings() {
        return postingCount;
    }

    void clear() {
        if (cells != null) {
            cells.free();
            postings.free();
        }
        cells = emptyCells(INITIAL_CELLS);
        cellCount = INITIAL_CELLS;
        postings = new DirectInts(2 * INITIAL_POSTINGS);
        postingCount = 0;
        used = 0;
    }

    void put(long bandHash, int slot) {
        if (used * 2 >= cellCount) {
            grow();
        }
        postings.ensureCapacity(2 * (postingCount + 1), 2 * postingCount);
        int at = find(cells, cellCount, bandHash);
        int head = (int) cells.get(2 * at + 1);
        if (head == NONE) {
            cells.set(2 * at, bandHash);
            used++;
        }
        postings.set(2 * postingCount, slot);
        postings.set(2 * postingCount + 1, head);
        cells.set(2 * at + 1, postingCount++);
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
        return (int) cells.get(2 * find(cells, cellCount, bandHash) + 1);
    }

    /** The posting after {@code posting} under the same band hash, or a negative number. */
    int nextPosting(int posting) {
        return postings.get(2 * posting + 1);
    }

    int slotOf(int posting) {
        return postings.get(2 * posting);
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return cells.bytes() + postings.bytes();
    }

    /** The cell of the key, or the free cell where it would go. */
    private static int find(DirectLongs cells, int cellCount, long key) {
        int mask = cellCount - 1;
        int at = (int) (key ^ (key >>> 32)) & mask;
        while (cells.get(2 * at + 1) != NONE && cells.get(2 * at) != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private static DirectLongs emptyCells(int count) {
        DirectLongs cells = new DirectLongs(2 * count);
        for (int i = 0; i < count; i++) {
            cells.set(2 * i + 1, NONE);
        }
        return cells;
    }

    private void grow() {
        DirectLongs old = cells;
        int oldCount = cellCount;
        cellCount = oldCount * 2;
        cells = emptyCells(cellCount);
        for (int i = 0; i < oldCount; i++) {
            long head = old.get(2 * i + 1);
            if (head != NONE) {
                int at = find(cells, cellCount, old.get(2 * i));
                cells.set(2 * at, old.get(2 * i));
                cells.set(2 * at + 1, head);
            }
        }
        old.free();
    }
}

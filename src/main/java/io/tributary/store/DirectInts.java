package io.tributary.store;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * A growable array of ints outside the Java heap (a direct buffer). The band index keeps its
 * columns here: it grows with the entries of the de-duplication window (a week by default), and
 * outside the heap it neither widens what the collector has to trace nor makes the heap itself
 * grow for as long as the window fills.
 */
final class DirectInts {
    private ByteBuffer memory;
    private IntBuffer values;

    DirectInts(int capacity) {
        memory = DirectMemory.allocate(Math.multiplyExact(capacity, Integer.BYTES));
        values = memory.asIntBuffer();
    }

    int get(int index) {
        return values.get(index);
    }

    void set(int index, int value) {
        values.put(index, value);
    }

    int capacity() {
        return values.capacity();
    }

    /** The values themselves, to read and write in bulk; valid until the next
     * {@link #ensureCapacity} or {@link #free}, which free the memory under it. */
    IntBuffer buffer() {
        return values;
    }

    /** Grows (at least doubling, keeping the first {@code used} values) to hold {@code capacity}. */
    void ensureCapacity(int capacity, int used) {
        if (capacity <= values.capacity()) {
            return;
        }
        ByteBuffer grownMemory = DirectMemory.allocate(Math.multiplyExact(Math.max(capacity, values.capacity() * 2),
                Integer.BYTES));
        IntBuffer grown = grownMemory.asIntBuffer();
        grown.put(0, values, 0, used);
        ByteBuffer outgrown = memory;
        memory = grownMemory;
        values = grown;
        DirectMemory.free(outgrown);
    }

    /** Gives the memory back now; the array must not be used afterwards. */
    void free() {
        ByteBuffer freed = memory;
        memory = DirectMemory.allocate(0);
        values = memory.asIntBuffer(); // a stray read now fails with an exception, not a crash
        DirectMemory.free(freed);
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return (long) values.capacity() * Integer.BYTES;
    }
}

package io.tributary.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * A growable array of ints outside the Java heap (a direct buffer). The band index keeps its
 * columns here: it grows with the entries of the de-duplication window (a week by default), and
 * outside the heap it neither widens what the collector has to trace nor makes the heap itself
 * grow for as long as the window fills.
 */
final class DirectInts {
    private IntBuffer values;

    DirectInts(int capacity) {
        values = allocate(capacity);
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

    /** The values themselves, to read and write in bulk; valid until the next {@link #ensureCapacity}. */
    IntBuffer buffer() {
        return values;
    }

    /** Grows (at least doubling, keeping the first {@code used} values) to hold {@code capacity}. */
    void ensureCapacity(int capacity, int used) {
        if (capacity <= values.capacity()) {
            return;
        }
        IntBuffer grown = allocate(Math.max(capacity, values.capacity() * 2));
        grown.put(0, values, 0, used);
        values = grown;
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return (long) values.capacity() * Integer.BYTES;
    }

    private static IntBuffer allocate(int capacity) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(capacity, Integer.BYTES)).order(ByteOrder.nativeOrder())
                .asIntBuffer();
    }
}

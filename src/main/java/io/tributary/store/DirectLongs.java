package io.tributary.store;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;

/** A growable array of longs outside the Java heap: see {@link DirectInts} for why. */
final class DirectLongs {
    private ByteBuffer memory;
    private LongBuffer values;

    DirectLongs(int capacity) {
        memory = DirectMemory.allocate(Math.multiplyExact(capacity, Long.BYTES));
        values = memory.asLongBuffer();
    }

    long get(int index) {
        return values.get(index);
    }

    void set(int index, long value) {
        values.put(index, value);
    }

    int capacity() {
        return values.capacity();
    }

    /** Grows (at least doubling, keeping the first {@code used} values) to hold {@code capacity}. */
    void ensureCapacity(int capacity, int used) {
        if (capacity <= values.capacity()) {
            return;
        }
        ByteBuffer grownMemory = DirectMemory.allocate(Math.multiplyExact(Math.max(capacity, values.capacity() * 2),
                Long.BYTES));
        LongBuffer grown = grownMemory.asLongBuffer();
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
        values = memory.asLongBuffer(); // a stray read now fails with an exception, not a crash
        DirectMemory.free(freed);
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return (long) values.capacity() * Long.BYTES;
    }
}

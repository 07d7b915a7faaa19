package io.tributary.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/** A growable array of longs outside the Java heap: see {@link DirectInts} for why. */
final class DirectLongs {
    private LongBuffer values;

    DirectLongs(int capacity) {
        values = allocate(capacity);
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
        LongBuffer grown = allocate(Math.max(capacity, values.capacity() * 2));
        grown.put(0, values, 0, used);
        values = grown;
    }

    /** Bytes held outside the heap. */
    long bytes() {
        return (long) values.capacity() * Long.BYTES;
    }

    private static LongBuffer allocate(int capacity) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(capacity, Long.BYTES)).order(ByteOrder.nativeOrder())
                .asLongBuffer();
    }
}

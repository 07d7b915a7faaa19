package io.tributary.store;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Direct buffers for the band index, given back to the operating system as soon as they are
 * replaced. Left to the collector, a buffer outgrown while the index fills is freed only when its
 * small heap object is collected, which for one that lived long enough to reach the old
 * generation may be never in a short process: the index's growth by doubling then held about twice
 * its size (some 40 MB more on a 21,000-entry window). {@code sun.misc.Unsafe.invokeCleaner} is
 * the JDK's own way to free one early (JDK 9 and later, module {@code jdk.unsupported}); where it
 * cannot be reached the collector frees the buffer as before.
 */
final class DirectMemory {
    private static final Optional<sun.misc.Unsafe> UNSAFE = unsafe();

    private DirectMemory() {
    }

    /** A zeroed direct buffer of {@code bytes}, in the platform's byte order. */
    static ByteBuffer allocate(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }

    /**
     * Frees {@code buffer} now. The caller must hold no view of it afterwards: a read through one
     * would touch freed memory, so only an owner that hands its buffers out under its own lock, and
     * never across a replacement, may call this.
     */
    static void free(ByteBuffer buffer) {
        UNSAFE.ifPresent(unsafe -> unsafe.invokeCleaner(buffer));
    }

    private static Optional<sun.misc.Unsafe> unsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return Optional.of((sun.misc.Unsafe) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package io.tributary.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a body up to a size limit, counting while it streams, so a 200 MB answer or a
 * decompression bomb is never held whole in memory: reading stops at the limit.
 */
final class BodyReader {

    /** The most a Java array can hold; a larger configured limit is cut to this. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;
    private static final int BUFFER_SIZE = 8 * 1024;
    private static final int INITIAL_CAPACITY = 64 * 1024;

    /** The bytes read, and whether more were waiting beyond the limit. */
    record Body(byte[] bytes, boolean truncated) {
    }

    private final long maxBytes;

    BodyReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = Math.min(maxBytes, LARGEST_ARRAY);
    }

    /** Reads {@code in} to its end or to the limit, whichever comes first; does not close it. */
    Body read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, INITIAL_CAPACITY));
        byte[] buffer = new byte[BUFFER_SIZE];
        long remaining = maxBytes;
        while (remaining > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                return new Body(out.toByteArray(), false);
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
        // At the limit: one more byte tells a body of exactly maxBytes from a larger one.
        boolean truncated = in.read() >= 0;
        return new Body(out.toByteArray(), truncated);
    }
}

package io.tributary.config;

/**
 * A size in bytes, written in the config as a readable string: {@code 512KB}, {@code 10MB},
 * {@code 1GB} (powers of 1024) or a plain number of bytes.
 */
public record DataSize(long bytes) {
    public DataSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a size must be positive");
        }
    }

    public static DataSize ofMegabytes(long megabytes) {
        return new DataSize(megabytes * 1024 * 1024);
    }
}

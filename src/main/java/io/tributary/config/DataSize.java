package io.tributary.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes, written in the config as a readable string: {@code 512KB}, {@code 10MB},
 * {@code 1GB} (powers of 1024) or a plain number of bytes.
 */
public record DataSize(long bytes) {
    private static final String HOW = "write it like 1048576, 512KB, 10MB or 1GB";
    /** A whole number, an optional space, then B, K, KB, KiB, M, MB, MiB, G, GB or GiB in any case. */
    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*(?:([kmg])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

    public DataSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a size must be positive");
        }
    }

    public static DataSize ofMegabytes(long megabytes) {
        return new DataSize(megabytes * 1024 * 1024);
    }

    /**
     * The size written in {@code text}: {@code 1048576}, {@code 512KB}, {@code 10 MB}, {@code 1gb}.
     *
     * @throws IllegalArgumentException naming what is wrong and how to write it instead
     */
    public static DataSize parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (" + HOW + ")");
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(matcher.group(1)), unitBytes(matcher.group(2)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size", e);
        }
        if (bytes == 0) {
            throw new IllegalArgumentException("a size must be more than zero, not '" + text + "'");
        }
        return new DataSize(bytes);
    }

    private static long unitBytes(String prefix) {
        if (prefix == null) {
            return 1;
        }
        switch (prefix.toLowerCase(Locale.ROOT)) {
            case "k":
                return 1024L;
            case "m":
                return 1024L * 1024;
            default:
                return 1024L * 1024 * 1024;
        }
    }
}

package io.tributary.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as operators write it in the config: {@code 500ms}, {@code 30s}, {@code 15m},
 * {@code 2h}, {@code 1d}, or parts combined from the largest unit down, such as {@code 1h30m}.
 * A bare number is refused: {@code 30} could mean seconds or minutes, and a guess would be silent.
 */
public final class DurationText {
    private static final String HOW = "write it like 500ms, 30s, 15m, 2h, 1d or 1h30m";
    /** Largest first; "ms" before "m" so that 500ms is not read as 500 minutes and a stray s. */
    private static final List<String> UNITS = List.of("d", "h", "m", "s", "ms");
    private static final List<ChronoUnit> CHRONO_UNITS = List.of(
            ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS, ChronoUnit.MILLIS);
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|d|h|m|s)", Pattern.CASE_INSENSITIVE);

    private DurationText() {
    }

    /**
     * The duration written in {@code text}; zero is allowed here, callers decide whether it makes
     * sense.
     *
     * @throws IllegalArgumentException naming what is wrong and how to write it instead
     */
    public static Duration parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a duration is missing (" + HOW + ")");
        }
        if (trimmed.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "' needs a unit (" + HOW + ")");
        }
        Matcher part = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int previousUnit = -1;
        int at = 0;
        while (at < trimmed.length()) {
            part.region(at, trimmed.length());
            if (!part.lookingAt()) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (" + HOW + ")");
            }
            int unit = UNITS.indexOf(part.group(2).toLowerCase(Locale.ROOT));
            if (unit <= previousUnit) {
                throw new IllegalArgumentException("'" + text + "' is not a duration: give each unit once,"
                        + " largest first (" + HOW + ")");
            }
            total = plus(total, part.group(1), CHRONO_UNITS.get(unit), text);
            previousUnit = unit;
            at = skipSpaces(trimmed, part.end());
        }
        return total;
    }

    private static Duration plus(Duration total, String amount, ChronoUnit unit, String text) {
        try {
            return total.plus(Duration.of(Long.parseLong(amount), unit));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration", e);
        }
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

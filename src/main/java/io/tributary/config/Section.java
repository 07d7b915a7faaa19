package io.tributary.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One map of the config (the root, {@code poll}, one source...) read key by key. Each getter
 * checks the value's type and range and reports a problem at the value's position; it then
 * returns the fallback, so reading goes on and every other mistake is found too.
 *
 * <p>A key written with no value ({@code out:} or {@code out: null}) counts as not given.
 */
final class Section {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final YamlNode.Mapping mapping;
    private final String path;
    private final Problems problems;

    private Section(YamlNode.Mapping mapping, String path, Problems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code mapping}, reporting at once every key that is not one of {@code knownKeys} and
     * every key written twice.
     *
     * @param path the dotted name of this map for messages ({@code "poll"}, {@code "sources"});
     *             empty for the root
     */
    static Section of(YamlNode.Mapping mapping, String path, List<String> knownKeys, Problems problems) {
        Section section = new Section(mapping, path, problems);
        section.checkKeys(knownKeys);
        return section;
    }

    Position position() {
        return mapping.position();
    }

    /** The key as messages name it: {@code poll.threads}. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<YamlNode> value(String key) {
        return mapping.entries().stream()
                .filter(entry -> entry.key().equals(key))
                .map(YamlNode.Entry::value)
                .filter(value -> !(value instanceof YamlNode.Scalar && ((YamlNode.Scalar) value).isNull()))
                .findFirst();
    }

    Optional<YamlNode.Scalar> scalar(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty() || value.get() instanceof YamlNode.Scalar) {
            return value.map(YamlNode.Scalar.class::cast);
        }
        problems.add(value.get().position(),
                "'" + name(key) + "' must be a single value, not " + value.get().describe());
        return Optional.empty();
    }

    Optional<String> text(String key) {
        return scalar(key).map(YamlNode.Scalar::text);
    }

    Problems problems() {
        return problems;
    }

    /** A whole number in {@code min..max}; quoted digits are accepted too. */
    int integer(String key, int fallback, int min, int max) {
        return (int) whole(key, fallback, min, max);
    }

    /** A whole number in {@code min..max}, for counts that may outgrow an int. */
    long whole(String key, long fallback, long min, long max) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        String text = scalar.get().text().replace("_", "");
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            problems.add(scalar.get().position(),
                    "'" + name(key) + "' must be a whole number, not " + scalar.get().describe());
            return fallback;
        }
        long number = parseClamped(text);
        if (number < min || number > max) {
            String range = (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) && number < min
                    ? "at least " + min : "between " + min + " and " + max;
            problems.add(scalar.get().position(), "'" + name(key) + "' must be " + range + ", not " + text);
            return fallback;
        }
        return number;
    }

    /**
     * Yes or no: {@code true}/{@code false}, or {@code yes}/{@code no} as YAML 1.1 writes them;
     * anything else (a number, other text) is a mistake rather than a guess.
     */
    boolean bool(String key, boolean fallback) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        switch (scalar.get().text().strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                problems.add(scalar.get().position(),
                        "'" + name(key) + "' must be true or false, not " + scalar.get().describe());
                return fallback;
        }
    }

    /** A decimal number {@code d} with {@code min < d <= max}, as written ({@code 0.8}). */
    double fraction(String key, double fallback, double min, double max) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        String text = scalar.get().text().strip();
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(scalar.get().position(),
                    "'" + name(key) + "' must be a number such as 0.8, not " + scalar.get().describe());
            return fallback;
        }
        double number = Double.parseDouble(text);
        if (number <= min || number > max) {
            problems.add(scalar.get().position(), "'" + name(key) + "' must be more than " + plain(min)
                    + " and at most " + plain(max) + ", not " + text);
            return fallback;
        }
        return number;
    }

    /** A duration longer than zero, written like {@code 15m} (see {@link DurationText}). */
    Duration duration(String key, Duration fallback) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        try {
            Duration duration = DurationText.parse(scalar.get().text());
            if (!duration.isZero()) {
                return duration;
            }
            problems.add(scalar.get().position(),
                    "'" + name(key) + "' must be longer than zero, not '" + scalar.get().text() + "'");
        } catch (IllegalArgumentException e) {
            problems.add(scalar.get().position(), "'" + name(key) + "': " + e.getMessage());
        }
        return fallback;
    }

    /** The key's own duration when given: for settings that otherwise fall back to another one. */
    Optional<Duration> durationIfGiven(String key) {
        return value(key).isEmpty() ? Optional.empty() : Optional.of(duration(key, Duration.ofSeconds(1)));
    }

    /** The key's own size when given: for settings that otherwise fall back to another one. */
    Optional<DataSize> sizeIfGiven(String key) {
        return value(key).isEmpty() ? Optional.empty() : Optional.of(size(key, new DataSize(1)));
    }

    /**
     * A URL checked by {@code check} (one of {@link UrlText}'s), or empty when absent or unusable;
     * the check's reason is reported as "'key' is not usable: reason".
     */
    Optional<URI> url(String key, Function<String, URI> check) {
        return scalar(key).flatMap(scalar -> url(scalar, name(key), check));
    }

    /** Each item of a list of URLs, checked like {@link #url(String, Function)}. */
    List<URI> urls(String key, Function<String, URI> check) {
        List<URI> urls = new ArrayList<>();
        for (YamlNode.Scalar item : texts(key)) {
            url(item, name(key), check).ifPresent(urls::add);
        }
        return urls;
    }

    private Optional<URI> url(YamlNode.Scalar scalar, String name, Function<String, URI> check) {
        try {
            return Optional.of(check.apply(scalar.text()));
        } catch (IllegalArgumentException e) {
            problems.add(scalar.position(), "'" + name + "' is not usable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A size written like {@code 10MB} (see {@link DataSize#parse(String)}). */
    DataSize size(String key, DataSize fallback) {
        Optional<YamlNode.Scalar> scalar = scalar(key);
        if (scalar.isEmpty()) {
            return fallback;
        }
        try {
            return DataSize.parse(scalar.get().text());
        } catch (IllegalArgumentException e) {
            problems.add(scalar.get().position(), "'" + name(key) + "': " + e.getMessage());
            return fallback;
        }
    }

    /** A nested map, read with its own known keys; empty when absent or not a map. */
    Optional<Section> section(String key, List<String> knownKeys) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof YamlNode.Mapping) {
            return Optional.of(of((YamlNode.Mapping) value.get(), name(key), knownKeys, problems));
        }
        problems.add(value.get().position(),
                "'" + name(key) + "' must be a map of keys, not " + value.get().describe());
        return Optional.empty();
    }

    /**
     * A map whose keys the operator chooses ({@code headers}, {@code categories}); empty when
     * absent or not a map.
     */
    Optional<YamlNode.Mapping> freeMap(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty() || value.get() instanceof YamlNode.Mapping) {
            return value.map(YamlNode.Mapping.class::cast);
        }
        problems.add(value.get().position(),
                "'" + name(key) + "' must be a map of keys, not " + value.get().describe());
        return Optional.empty();
    }

    /** The items of a list; empty when absent or not a list. */
    List<YamlNode> items(String key) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof YamlNode.Sequence) {
            return ((YamlNode.Sequence) value.get()).items();
        }
        String hint = value.get() instanceof YamlNode.Scalar
                ? " (write [" + ((YamlNode.Scalar) value.get()).text() + "])" : "";
        problems.add(value.get().position(),
                "'" + name(key) + "' must be a list, not " + value.get().describe() + hint);
        return List.of();
    }

    /** A list of single values such as {@code [iran, tehran]}; other items are reported and left out. */
    List<YamlNode.Scalar> texts(String key) {
        List<YamlNode.Scalar> texts = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar && !((YamlNode.Scalar) item).isNull()
                    && !((YamlNode.Scalar) item).text().isBlank()) {
                texts.add((YamlNode.Scalar) item);
            } else {
                problems.add(item.position(), "each item of '" + name(key) + "' must be text, not "
                        + (item instanceof YamlNode.Scalar ? "empty" : item.describe()));
            }
        }
        return texts;
    }

    private void checkKeys(List<String> knownKeys) {
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!knownKeys.contains(entry.key())) {
                problems.add(entry.keyPosition(), unknownKey(entry.key(), knownKeys));
                continue;
            }
            YamlNode.Entry first = seen.putIfAbsent(entry.key(), entry);
            if (first != null) {
                problems.add(entry.keyPosition(), "'" + name(entry.key()) + "' is given twice (first at line "
                        + first.keyPosition().line() + ")");
            }
        }
    }

    private static String unknownKey(String key, List<String> knownKeys) {
        return KeySuggestion.closest(key, knownKeys)
                .map(suggestion -> "unknown key '" + key + "' (did you mean '" + suggestion + "'?)")
                .orElse("unknown key '" + key + "' (known keys here: " + String.join(", ", knownKeys) + ")");
    }

    /** {@code 1} rather than {@code 1.0}, as an operator would write it. */
    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Numbers beyond a long are as out of range as any other; clamp them so the range check says so. */
    private static long parseClamped(String digits) {
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}

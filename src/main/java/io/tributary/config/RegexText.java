package io.tributary.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks regular expressions as they are read, so a bad footer or topic pattern is a config
 * problem at its own line rather than an exception in the middle of a poll.
 */
final class RegexText {
    private RegexText() {
    }

    /** The text of each item of {@code key} that compiles; each one that does not is reported. */
    static List<String> valid(Section section, String key) {
        return section.texts(key).stream()
                .filter(item -> compiles(item, section.name(key), section.problems()))
                .map(YamlNode.Scalar::text)
                .collect(Collectors.toList());
    }

    private static boolean compiles(YamlNode.Scalar item, String name, Problems problems) {
        try {
            Pattern.compile(item.text());
            return true;
        } catch (PatternSyntaxException e) {
            problems.add(item.position(), "'" + name + "': '" + item.text()
                    + "' is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : ""));
            return false;
        }
    }
}

package io.tributary.config;

import java.util.Optional;
import java.util.Set;

/** The topics a config defines, for checking the topic names sources write. */
final class TopicNames {
    private final Set<String> names;

    TopicNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /**
     * The name written in {@code topic} when a topic has it; otherwise it is reported, with the
     * closest name or the list of them.
     */
    Optional<String> known(YamlNode.Scalar topic, String source, Problems problems) {
        String name = topic.text().strip();
        if (names.contains(name)) {
            return Optional.of(name);
        }
        problems.add(topic.position(), unknown(name, source));
        return Optional.empty();
    }

    private String unknown(String topic, String source) {
        String where = source.isEmpty() ? "" : " in source '" + source + "'";
        if (names.isEmpty()) {
            return "unknown topic '" + topic + "'" + where + " (no topics are defined under 'topics')";
        }
        return "unknown topic '" + topic + "'" + where + KeySuggestion.closest(topic, names)
                .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                .orElse(" (known topics: " + String.join(", ", names.stream().sorted().toList()) + ")");
    }
}

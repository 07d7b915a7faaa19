package io.tributary.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the {@code topics:} list into {@link TopicRule}s, reporting every problem in it. */
final class TopicListReader {
    static final List<String> KEYS = List.of("name", "label", "keywords");
    /** Topic names appear in URLs ({@code /feeds/topics/<name>.atom}), so they stay URL-plain. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Problems problems;

    TopicListReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The topics, in order. A topic whose name breaks the naming rule is still returned (its
     * problem is already reported), so that sources naming it do not get a second, confusing one.
     */
    List<TopicRule> read(List<YamlNode> items) {
        List<TopicRule> topics = new ArrayList<>();
        Map<String, Position> firstSeen = new HashMap<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Mapping)) {
                problems.add(item.position(), "each topic must be a map with 'name' and 'keywords', not "
                        + item.describe());
                continue;
            }
            Section topic = Section.of((YamlNode.Mapping) item, "topics", KEYS, problems);
            name(topic, firstSeen).ifPresent(name -> topics.add(new TopicRule(name,
                    topic.text("label").filter(label -> !label.isBlank()).orElse(name),
                    topic.texts("keywords").stream().map(YamlNode.Scalar::text).map(String::strip)
                            .collect(Collectors.toList()))));
        }
        return topics;
    }

    /** The topic's name if it has one and it is not a repeat; problems are reported here. */
    private Optional<String> name(Section topic, Map<String, Position> firstSeen) {
        Optional<YamlNode.Scalar> name = topic.scalar("name");
        if (name.isEmpty()) {
            problems.add(topic.position(), "topic is missing 'name'");
            return Optional.empty();
        }
        String text = name.get().text();
        Position at = name.get().position();
        if (!NAME.matcher(text).matches()) {
            problems.add(at, "topic name '" + text + "' may only hold lower-case letters, digits and '-',"
                    + " starting with a letter or digit (it is used in URLs)");
        }
        Position first = firstSeen.putIfAbsent(text, at);
        if (first != null) {
            problems.add(at, "duplicate topic name '" + text + "' (first at line " + first.line() + ")");
            return Optional.empty();
        }
        return Optional.of(text);
    }
}

package io.tributary.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code topics:} lists of every file of a config into {@link TopicRule}s, reporting
 * every problem in them. A topic may name sources ({@code sources:}); as sources are read after
 * topics, those names are checked afterwards by {@link #checkSourceNames(Collection)}.
 */
final class TopicListReader {
    static final List<String> KEYS =
            List.of("name", "label", "keywords", "require", "exclude", "patterns", "sources");
    /** Topic names appear in URLs ({@code /feeds/topics/<name>.atom}), so they stay URL-plain. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, FirstSeen> firstSeen = new HashMap<>();
    private final List<SourceReference> sourceReferences = new ArrayList<>();

    /** A source name written in a topic, kept with its place until every source is known. */
    private record SourceReference(YamlNode.Scalar name, String topic, Problems problems) {
    }

    /**
     * The topics of one file, in order. A topic whose name breaks the naming rule is still
     * returned (its problem is already reported), so that sources naming it do not get a second,
     * confusing one.
     */
    List<TopicRule> read(Section file) {
        List<TopicRule> topics = new ArrayList<>();
        for (YamlNode item : file.items("topics")) {
            if (!(item instanceof YamlNode.Mapping)) {
                file.problems().add(item.position(), "each topic must be a map with 'name' and 'keywords', not "
                        + item.describe());
                continue;
            }
            Section topic = Section.of((YamlNode.Mapping) item, "topics", KEYS, file.problems());
            name(topic).ifPresent(name -> topics.add(topic(topic, name)));
        }
        return topics;
    }

    /** Reports each source name written in a topic that no source has. */
    void checkSourceNames(Collection<String> sourceNames) {
        for (SourceReference reference : sourceReferences) {
            String name = reference.name().text().strip();
            if (!sourceNames.contains(name)) {
                reference.problems().add(reference.name().position(), "unknown source '" + name + "' in topic '"
                        + reference.topic() + "'" + KeySuggestion.closest(name, sourceNames)
                        .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                        .orElse(sourceNames.isEmpty() ? " (no sources are defined)" : ""));
            }
        }
    }

    private TopicRule topic(Section topic, String name) {
        List<YamlNode.Scalar> sources = topic.texts("sources");
        sources.forEach(source -> sourceReferences.add(new SourceReference(source, name, topic.problems())));
        return new TopicRule(name,
                topic.text("label").filter(label -> !label.isBlank()).orElse(name),
                words(topic, "keywords"), words(topic, "require"), words(topic, "exclude"),
                RegexText.valid(topic, "patterns"),
                sources.stream().map(YamlNode.Scalar::text).map(String::strip).distinct().collect(Collectors.toList()));
    }

    private static List<String> words(Section topic, String key) {
        return topic.texts(key).stream().map(YamlNode.Scalar::text).map(String::strip).collect(Collectors.toList());
    }

    /** The topic's name if it has one and it is not a repeat; problems are reported here. */
    private Optional<String> name(Section topic) {
        Problems problems = topic.problems();
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
        FirstSeen first = firstSeen.putIfAbsent(text, new FirstSeen(problems.file(), at, ""));
        if (first != null) {
            problems.add(at, "duplicate topic name '" + text + "' " + first.describeFrom(problems.file()));
            return Optional.empty();
        }
        return Optional.of(text);
    }
}

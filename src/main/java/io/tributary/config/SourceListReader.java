package io.tributary.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code sources:} list into {@link SourceConfig}s, reporting every problem in it:
 * missing or bad fields, repeated names or URLs, and topics that no rule defines.
 */
final class SourceListReader {
    static final List<String> KEYS = List.of("name", "url", "topics", "interval");

    private final Problems problems;
    private final Path configFolder;
    private final Set<String> topicNames;
    private final Duration defaultInterval;
    private final Map<String, Position> namesSeen = new HashMap<>();
    private final Map<URI, Seen> urlsSeen = new HashMap<>();

    /** Where a URL was first given, to point the operator at the other copy. */
    private record Seen(Position at, String source) {
    }

    /**
     * @param configFolder    the config file's folder, for relative {@code file:} URLs
     * @param topicNames      every topic the config defines
     * @param defaultInterval {@code poll.interval}, for sources without their own
     */
    SourceListReader(Problems problems, Path configFolder, Set<String> topicNames, Duration defaultInterval) {
        this.problems = problems;
        this.configFolder = configFolder;
        this.topicNames = topicNames;
        this.defaultInterval = defaultInterval;
    }

    /** Reads one list; a reader is meant for a single list, as it remembers names and URLs seen. */
    List<SourceConfig> read(List<YamlNode> items) {
        List<SourceConfig> sources = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping) {
                source(Section.of((YamlNode.Mapping) item, "sources", KEYS, problems)).ifPresent(sources::add);
            } else {
                problems.add(item.position(), "each source must be a map with 'name' and 'url', not "
                        + item.describe());
            }
        }
        return sources;
    }

    private Optional<SourceConfig> source(Section source) {
        Optional<String> name = name(source);
        Optional<URI> url = url(source, name.orElse(""));
        List<String> topics = topics(source, name.orElse(""));
        Duration interval = source.duration("interval", defaultInterval);
        if (name.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceConfig(name.get(), url.get(), topics, interval));
    }

    private Optional<String> name(Section source) {
        Optional<YamlNode.Scalar> name = source.scalar("name");
        if (name.isEmpty()) {
            problems.add(source.position(), "source is missing 'name'");
            return Optional.empty();
        }
        String text = name.get().text().strip();
        if (text.isEmpty()) {
            problems.add(name.get().position(), "'sources.name' must not be empty");
            return Optional.empty();
        }
        Position first = namesSeen.putIfAbsent(text, name.get().position());
        if (first != null) {
            problems.add(name.get().position(),
                    "duplicate source name '" + text + "' (first at line " + first.line() + ")");
        }
        return Optional.of(text);
    }

    private Optional<URI> url(Section source, String name) {
        Optional<YamlNode.Scalar> url = source.scalar("url");
        if (url.isEmpty()) {
            problems.add(source.position(), name.isEmpty() ? "source is missing 'url'"
                    : "source '" + name + "' is missing 'url'");
            return Optional.empty();
        }
        Position at = url.get().position();
        URI uri;
        try {
            uri = UrlText.feed(url.get().text(), configFolder);
        } catch (IllegalArgumentException e) {
            problems.add(at, "'sources.url' is not usable: " + e.getMessage());
            return Optional.empty();
        }
        // URI equality ignores the case of scheme and host, which is what "the same feed" means here.
        Seen first = urlsSeen.putIfAbsent(uri.normalize(), new Seen(at, name));
        if (first != null) {
            problems.add(at, "duplicate source URL '" + url.get().text() + "' (first at line "
                    + first.at().line() + (first.source().isEmpty() ? "" : ", source '" + first.source() + "'") + ")");
        }
        return Optional.of(uri);
    }

    private List<String> topics(Section source, String name) {
        Set<String> topics = new LinkedHashSet<>();
        for (YamlNode.Scalar topic : source.texts("topics")) {
            if (topicNames.contains(topic.text())) {
                topics.add(topic.text());
            } else {
                problems.add(topic.position(), unknownTopic(topic.text(), name));
            }
        }
        return List.copyOf(topics);
    }

    private String unknownTopic(String topic, String source) {
        String where = source.isEmpty() ? "" : " in source '" + source + "'";
        if (topicNames.isEmpty()) {
            return "unknown topic '" + topic + "'" + where + " (no topics are defined under 'topics')";
        }
        return "unknown topic '" + topic + "'" + where + KeySuggestion.closest(topic, topicNames)
                .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                .orElse(" (known topics: " + String.join(", ", topicNames.stream().sorted().toList()) + ")");
    }
}

package io.tributary.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code sources:} lists of every file of a config into {@link SourceConfig}s,
 * reporting every problem in them: missing or bad fields, repeated names or URLs (across files
 * too), and topics that no rule defines.
 */
final class SourceListReader {
    static final List<String> KEYS = List.of("name", "url", "topics", "interval", "priority", "headers", "auth",
            "connect-timeout", "timeout", "max-bytes", "categories", "skip", "full-content", "clean", "websub");

    private final TopicNames topicNames;
    private final Duration defaultInterval;
    private final Map<String, FirstSeen> namesSeen = new HashMap<>();
    private final Map<URI, FirstSeen> urlsSeen = new HashMap<>();

    /**
     * @param topicNames      every topic the config defines
     * @param defaultInterval {@code poll.interval}, for sources without their own
     */
    SourceListReader(TopicNames topicNames, Duration defaultInterval) {
        this.topicNames = topicNames;
        this.defaultInterval = defaultInterval;
    }

    /**
     * The sources of one file. Names and URLs seen are remembered from one call to the next, so
     * one reader reads every file of one config.
     */
    List<SourceConfig> read(ConfigPart file) {
        List<SourceConfig> sources = new ArrayList<>();
        for (YamlNode item : file.section().items("sources")) {
            if (item instanceof YamlNode.Mapping) {
                source(Section.of((YamlNode.Mapping) item, "sources", KEYS, file.section().problems()), file)
                        .ifPresent(sources::add);
            } else {
                file.section().problems().add(item.position(), "each source must be a map with 'name' and 'url', not "
                        + item.describe());
            }
        }
        return sources;
    }

    /** Every source name read so far, for topics that name sources. */
    Set<String> names() {
        return Set.copyOf(namesSeen.keySet());
    }

    private Optional<SourceConfig> source(Section source, ConfigPart file) {
        Optional<String> name = name(source);
        String known = name.orElse("");
        Optional<URI> url = url(source, known, file);
        List<String> topics = source.texts("topics").stream()
                .flatMap(topic -> topicNames.known(topic, known, source.problems()).stream())
                .distinct().collect(Collectors.toList());
        Duration interval = source.duration("interval", defaultInterval);
        int priority = source.integer("priority", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
        FetchOverrides fetch = FetchOverridesReader.read(source);
        Map<String, String> categories = categories(source, known);
        List<String> skip = source.texts("skip").stream().map(YamlNode.Scalar::text).map(String::strip)
                .collect(Collectors.toList());
        boolean fullContent = source.bool("full-content", false);
        BoilerplateRules boilerplate =
                CleanSectionReader.boilerplate(source.section("clean", CleanSectionReader.SOURCE_KEYS));
        boolean websub = source.bool("websub", false);
        if (name.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceConfig(name.get(), url.get(), topics, interval, priority, fetch, categories,
                skip, fullContent, boilerplate, websub));
    }

    private Optional<String> name(Section source) {
        Problems problems = source.problems();
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
        FirstSeen first = namesSeen.putIfAbsent(text, new FirstSeen(problems.file(), name.get().position(), ""));
        if (first != null) {
            problems.add(name.get().position(),
                    "duplicate source name '" + text + "' " + first.describeFrom(problems.file()));
        }
        return Optional.of(text);
    }

    private Optional<URI> url(Section source, String name, ConfigPart file) {
        Problems problems = source.problems();
        Optional<YamlNode.Scalar> url = source.scalar("url");
        if (url.isEmpty()) {
            problems.add(source.position(), name.isEmpty() ? "source is missing 'url'"
                    : "source '" + name + "' is missing 'url'");
            return Optional.empty();
        }
        Position at = url.get().position();
        URI uri;
        try {
            uri = UrlText.feed(url.get().text(), file.folder());
        } catch (IllegalArgumentException e) {
            problems.add(at, "'sources.url' is not usable: " + e.getMessage());
            return Optional.empty();
        }
        // URI equality ignores the case of scheme and host, which is what "the same feed" means here.
        FirstSeen first = urlsSeen.putIfAbsent(uri.normalize(),
                new FirstSeen(problems.file(), at, name.isEmpty() ? "" : ", source '" + name + "'"));
        if (first != null) {
            problems.add(at, "duplicate source URL '" + url.get().text() + "' " + first.describeFrom(problems.file()));
        }
        return Optional.of(uri);
    }

    /** {@code categories: {"Feed Term": topic}}: each term maps to a topic the config defines. */
    private Map<String, String> categories(Section source, String name) {
        Map<String, String> categories = new LinkedHashMap<>();
        Set<String> terms = new LinkedHashSet<>();
        for (YamlNode.Entry entry : source.freeMap("categories").map(YamlNode.Mapping::entries).orElse(List.of())) {
            if (!terms.add(entry.key())) {
                source.problems().add(entry.keyPosition(), "category '" + entry.key() + "' is given twice");
            } else if (entry.value() instanceof YamlNode.Scalar && !((YamlNode.Scalar) entry.value()).isNull()) {
                topicNames.known((YamlNode.Scalar) entry.value(), name, source.problems())
                        .ifPresent(topic -> categories.put(entry.key(), topic));
            } else {
                source.problems().add(entry.value().position(), "category '" + entry.key()
                        + "' must name one topic, not " + entry.value().describe());
            }
        }
        return categories;
    }
}

package io.tributary.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks the located YAML tree of a config file, and of the files it includes, and builds a
 * {@link Config}, filling in defaults. Every problem goes to {@link Problems} and reading carries
 * on with a fallback value, so the Config returned is only meaningful when no problem was found.
 */
final class ConfigReader {
    static final String DEFAULT_TITLE = "Tributary";
    static final List<String> ROOT_KEYS = List.of("title", "base-url", "server", "store", "poll", "publish",
            "topics", "sources", "clean", "dedup", "retention", "cluster", "include");
    private static final List<String> SERVER_KEYS = List.of("port");
    private static final List<String> STORE_KEYS = List.of("url", "user", "password");
    private static final List<String> DEDUP_KEYS = List.of("similarity", "window");
    private static final List<String> RETENTION_KEYS = List.of("max-age", "max-entries");

    private final Path file;
    private final Problems problems;
    private final IncludeReader includes;

    ConfigReader(Path file, Problems problems, IncludeReader includes) {
        this.file = file;
        this.problems = problems;
        this.includes = includes;
    }

    Config read(YamlNode.Mapping root) {
        Section config = Section.of(root, "", ROOT_KEYS, problems);
        String title = config.text("title").orElse(DEFAULT_TITLE);
        ServerSettings server = server(config.section("server", SERVER_KEYS));
        URI baseUrl = baseUrl(config, server);
        StoreSettings store = store(config.section("store", STORE_KEYS));
        PollSettings poll = PollSectionReader.settings(config.section("poll", PollSectionReader.KEYS));
        PublishSettings publish = PublishSectionReader.settings(config.section("publish", PublishSectionReader.KEYS));
        CleanSettings clean = CleanSectionReader.settings(config.section("clean", CleanSectionReader.KEYS));
        DedupSettings dedup = dedup(config.section("dedup", DEDUP_KEYS));
        RetentionSettings retention = retention(config.section("retention", RETENTION_KEYS));
        ClusterSettings cluster = ClusterSectionReader.settings(config.section("cluster", ClusterSectionReader.KEYS),
                store);

        List<ConfigPart> parts = new ArrayList<>();
        parts.add(new ConfigPart(file, config));
        parts.addAll(includes.read(config, file));
        // topics first, as sources name them; then the source names topics give are checked
        TopicListReader topicReader = new TopicListReader();
        List<TopicRule> topics = parts.stream().flatMap(part -> topicReader.read(part.section()).stream())
                .collect(Collectors.toList());
        Set<String> topicNames = topics.stream().map(TopicRule::name).collect(Collectors.toSet());
        SourceListReader sourceReader = new SourceListReader(new TopicNames(topicNames), poll.interval());
        List<SourceConfig> sources = parts.stream().flatMap(part -> sourceReader.read(part).stream())
                .collect(Collectors.toList());
        topicReader.checkSourceNames(sourceReader.names());
        return new Config(file, title, baseUrl, server, store, poll, publish, topics, sources, clean, dedup,
                retention, cluster, parts.stream().map(ConfigPart::file).collect(Collectors.toList()));
    }

    /**
     * Without a {@code base-url}, readers reach the feeds on this machine at the configured port
     * (8080 when the port is 0, "any free port", which cannot be known in advance).
     */
    private URI baseUrl(Section config, ServerSettings server) {
        int port = server.port() == 0 ? ServerSettings.DEFAULT_PORT : server.port();
        URI fallback = URI.create("http://localhost:" + port);
        Optional<YamlNode.Scalar> text = config.scalar("base-url");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return UrlText.base(text.get().text());
        } catch (IllegalArgumentException e) {
            problems.add(text.get().position(), "'base-url' is not usable: " + e.getMessage());
            return fallback;
        }
    }

    private static ServerSettings server(Optional<Section> server) {
        return new ServerSettings(server.map(s -> s.integer("port", ServerSettings.DEFAULT_PORT, 0, 65535))
                .orElse(ServerSettings.DEFAULT_PORT));
    }

    private StoreSettings store(Optional<Section> store) {
        if (store.isEmpty()) {
            return new StoreSettings(StoreSettings.DEFAULT_URL, "", "");
        }
        Section section = store.get();
        String url = StoreSettings.DEFAULT_URL;
        Optional<YamlNode.Scalar> given = section.scalar("url");
        if (given.isPresent() && given.get().text().strip().startsWith("jdbc:")) {
            url = given.get().text().strip();
        } else if (given.isPresent()) {
            problems.add(given.get().position(), "'store.url' must be a JDBC URL such as "
                    + StoreSettings.DEFAULT_URL + " or jdbc:postgresql://host/database, not '"
                    + given.get().text() + "'");
        }
        return new StoreSettings(url, section.text("user").orElse(""), section.text("password").orElse(""));
    }

    /** {@code similarity} is a share of likeness: 0 would make every two entries one story. */
    private static DedupSettings dedup(Optional<Section> dedup) {
        return dedup.map(section -> new DedupSettings(
                        section.fraction("similarity", DedupSettings.DEFAULT_SIMILARITY, 0.0, 1.0),
                        section.duration("window", DedupSettings.DEFAULT_WINDOW)))
                .orElse(DedupSettings.DEFAULT);
    }

    private static RetentionSettings retention(Optional<Section> retention) {
        return retention.map(section -> new RetentionSettings(
                        section.duration("max-age", RetentionSettings.DEFAULT_MAX_AGE),
                        section.whole("max-entries", RetentionSettings.DEFAULT_MAX_ENTRIES, 1, Long.MAX_VALUE)))
                .orElse(RetentionSettings.DEFAULT);
    }
}

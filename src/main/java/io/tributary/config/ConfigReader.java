package io.tributary.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks the located YAML tree of a config file and builds a {@link Config}, filling in defaults.
 * Every problem goes to {@link Problems} and reading carries on with a fallback value, so the
 * Config returned is only meaningful when no problem was found.
 */
final class ConfigReader {
    static final String DEFAULT_TITLE = "Tributary";
    static final List<String> ROOT_KEYS =
            List.of("title", "base-url", "server", "store", "poll", "publish", "topics", "sources");
    private static final List<String> SERVER_KEYS = List.of("port");
    private static final List<String> STORE_KEYS = List.of("url", "user", "password");
    private static final List<String> POLL_KEYS =
            List.of("interval", "threads", "connect-timeout", "timeout", "max-bytes");
    private static final List<String> PUBLISH_KEYS = List.of("entries", "out");

    private final Path file;
    private final Problems problems;

    ConfigReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Config read(YamlNode.Mapping root) {
        Section config = Section.of(root, "", ROOT_KEYS, problems);
        String title = config.text("title").orElse(DEFAULT_TITLE);
        ServerSettings server = server(config.section("server", SERVER_KEYS));
        URI baseUrl = baseUrl(config, server);
        StoreSettings store = store(config.section("store", STORE_KEYS));
        PollSettings poll = poll(config.section("poll", POLL_KEYS));
        PublishSettings publish = publish(config.section("publish", PUBLISH_KEYS));
        List<TopicRule> topics = new TopicListReader(problems).read(config.items("topics"));
        Set<String> topicNames = topics.stream().map(TopicRule::name).collect(Collectors.toSet());
        List<SourceConfig> sources = new SourceListReader(problems, folder(), topicNames, poll.interval())
                .read(config.items("sources"));
        return new Config(file, title, baseUrl, server, store, poll, publish, topics, sources);
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

    private static PollSettings poll(Optional<Section> poll) {
        if (poll.isEmpty()) {
            return new PollSettings(PollSettings.DEFAULT_INTERVAL, PollSettings.DEFAULT_THREADS,
                    PollSettings.DEFAULT_CONNECT_TIMEOUT, PollSettings.DEFAULT_TIMEOUT, PollSettings.DEFAULT_MAX_BYTES);
        }
        Section section = poll.get();
        return new PollSettings(
                section.duration("interval", PollSettings.DEFAULT_INTERVAL),
                section.integer("threads", PollSettings.DEFAULT_THREADS, 1, Integer.MAX_VALUE),
                section.duration("connect-timeout", PollSettings.DEFAULT_CONNECT_TIMEOUT),
                section.duration("timeout", PollSettings.DEFAULT_TIMEOUT),
                section.size("max-bytes", PollSettings.DEFAULT_MAX_BYTES));
    }

    private PublishSettings publish(Optional<Section> publish) {
        if (publish.isEmpty()) {
            return new PublishSettings(PublishSettings.DEFAULT_ENTRIES, Optional.empty());
        }
        Section section = publish.get();
        int entries = section.integer("entries", PublishSettings.DEFAULT_ENTRIES, 1, Integer.MAX_VALUE);
        Optional<YamlNode.Scalar> out = section.scalar("out");
        try {
            return new PublishSettings(entries, out.map(YamlNode.Scalar::text).map(Path::of));
        } catch (InvalidPathException e) {
            problems.add(out.get().position(), "'publish.out' is not a usable folder: " + e.getMessage());
            return new PublishSettings(entries, Optional.empty());
        }
    }

    private Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}

package io.tributary.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A whole, validated configuration: what {@link ConfigLoader#load(Path)} returns when the file
 * has no problem. Every value is resolved (defaults filled in), so no consumer reads YAML.
 *
 * @param file    the file it was read from, for messages
 * @param title   title of the merged feed
 * @param baseUrl where readers reach the published feeds, without a trailing slash
 * @param files   every file the config was read from (the main file first, then its includes),
 *                for watching them
 */
public record Config(
        Path file,
        String title,
        URI baseUrl,
        ServerSettings server,
        StoreSettings store,
        PollSettings poll,
        PublishSettings publish,
        List<TopicRule> topics,
        List<SourceConfig> sources,
        CleanSettings clean,
        DedupSettings dedup,
        RetentionSettings retention,
        ClusterSettings cluster,
        List<Path> files) {

    public Config {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }

    /** A config with every newer section at its default, read from one file. */
    public Config(Path file, String title, URI baseUrl, ServerSettings server, StoreSettings store,
                  PollSettings poll, PublishSettings publish, List<TopicRule> topics, List<SourceConfig> sources) {
        this(file, title, baseUrl, server, store, poll, publish, topics, sources, CleanSettings.DEFAULT,
                DedupSettings.DEFAULT, RetentionSettings.DEFAULT,
                new ClusterSettings(false, "local", ClusterSettings.DEFAULT_CHECK_IN), List.of(file));
    }

    public Optional<TopicRule> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<SourceConfig> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}

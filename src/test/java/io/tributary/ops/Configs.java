package io.tributary.ops;

import io.tributary.config.Config;
import io.tributary.config.PollSettings;
import io.tributary.config.PublishSettings;
import io.tributary.config.RetentionSettings;
import io.tributary.config.ServerSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.config.TopicRule;
import io.tributary.config.CleanSettings;
import io.tributary.config.DedupSettings;
import io.tributary.config.ClusterSettings;
import io.tributary.config.DataSize;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Configs built directly, as the loader would return them. */
final class Configs {
    private Configs() {
    }

    static Config with(List<SourceConfig> sources) {
        return with(sources, List.of(), 100, RetentionSettings.DEFAULT);
    }

    static Config with(List<SourceConfig> sources, List<TopicRule> topics, int entries, RetentionSettings retention) {
        return with(sources, topics, entries, retention, DedupSettings.DEFAULT);
    }

    static Config with(List<SourceConfig> sources, DedupSettings dedup) {
        return with(sources, List.of(), 100, RetentionSettings.DEFAULT, dedup);
    }

    private static Config with(List<SourceConfig> sources, List<TopicRule> topics, int entries,
                               RetentionSettings retention, DedupSettings dedup) {
        Path file = Path.of("tributary.yml");
        return new Config(file, "Ops test", URI.create("http://feeds.test"), new ServerSettings(0),
                new StoreSettings("jdbc:hsqldb:mem:unused", "", ""),
                new PollSettings(Duration.ofMinutes(15), 2, Duration.ofSeconds(5), Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)),
                new PublishSettings(entries, Optional.empty()), topics, sources, CleanSettings.DEFAULT,
                dedup, retention, new ClusterSettings(false, "local", ClusterSettings.DEFAULT_CHECK_IN),
                List.of(file));
    }
}

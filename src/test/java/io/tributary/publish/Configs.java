package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.PollSettings;
import io.tributary.config.PublishSettings;
import io.tributary.config.ServerSettings;
import io.tributary.config.StoreSettings;
import io.tributary.config.TopicRule;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Configs for tests: only what the publisher reads (title, base URL, entries, topics) varies. */
final class Configs {
    static final String BASE = "http://feeds.tributary.example";

    private Configs() {
    }

    static Config config(int entries, TopicRule... topics) {
        return config("Tributary river", entries, topics);
    }

    static Config config(String title, int entries, TopicRule... topics) {
        return new Config(Path.of("tributary.yml"), title, URI.create(BASE),
                new ServerSettings(ServerSettings.DEFAULT_PORT),
                new StoreSettings(StoreSettings.DEFAULT_URL, "", ""),
                new PollSettings(PollSettings.DEFAULT_INTERVAL, PollSettings.DEFAULT_THREADS,
                        PollSettings.DEFAULT_CONNECT_TIMEOUT, PollSettings.DEFAULT_TIMEOUT,
                        PollSettings.DEFAULT_MAX_BYTES),
                new PublishSettings(entries, Optional.empty()), List.of(topics), List.of());
    }

    static Config config(PublishSettings publish, TopicRule... topics) {
        return new Config(Path.of("tributary.yml"), "Tributary river", URI.create(BASE),
                new ServerSettings(ServerSettings.DEFAULT_PORT),
                new StoreSettings(StoreSettings.DEFAULT_URL, "", ""),
                new PollSettings(PollSettings.DEFAULT_INTERVAL, PollSettings.DEFAULT_THREADS,
                        PollSettings.DEFAULT_CONNECT_TIMEOUT, PollSettings.DEFAULT_TIMEOUT,
                        PollSettings.DEFAULT_MAX_BYTES),
                publish, List.of(topics), List.of());
    }

    static TopicRule topic(String name, String label) {
        return new TopicRule(name, label, List.of(name));
    }
}

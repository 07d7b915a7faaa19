package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Valid configs: every value read, every default filled in. Fixtures: src/test/resources/config/. */
class ConfigLoaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/config");

    private final ConfigLoader loader = new ConfigLoader();

    private Config load(String fixture) throws ConfigException {
        return loader.load(FIXTURES.resolve(fixture));
    }

    @Test
    void readsEveryTopLevelValueOfAFullConfig() throws ConfigException {
        Config config = load("full.yml");

        assertThat(config.file()).isEqualTo(FIXTURES.resolve("full.yml"));
        assertThat(config.title()).isEqualTo("River of Test News");
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://news.example.org/river"));
        assertThat(config.server()).isEqualTo(new ServerSettings(9090));
        assertThat(config.store()).isEqualTo(new StoreSettings("jdbc:postgresql://db.example.org/river", "reader",
                "not-a-secret"));
        assertThat(config.publish().entries()).isEqualTo(25);
        assertThat(config.publish().out()).contains(Path.of("site/feeds"));
    }

    @Test
    void readsEveryPollSettingOfAFullConfig() throws ConfigException {
        assertThat(load("full.yml").poll()).isEqualTo(new PollSettings(Duration.ofMinutes(20), 3,
                Duration.ofSeconds(5), Duration.ofSeconds(90), new DataSize(2 * 1024 * 1024), 4,
                Optional.of(URI.create("http://proxy.example.org:3128"))));
    }

    @Test
    void readsTopicsWithLabelsAndKeywords() throws ConfigException {
        assertThat(load("full.yml").topics()).extracting(TopicRule::name, TopicRule::label, TopicRule::keywords)
                .containsExactly(
                        tuple("rivers", "Rivers and lakes", List.of("river", "flood plain", "delta")),
                        tuple("weather", "weather", List.of("rain")));
    }

    @Test
    void readsSourcesWithTheirOwnOrThePollInterval() throws ConfigException {
        Config config = load("full.yml");

        assertThat(config.sources()).extracting(SourceConfig::name).containsExactly("Delta Gazette", "Local samples");
        assertThat(config.source("Delta Gazette").orElseThrow())
                .extracting(SourceConfig::url, SourceConfig::topics, SourceConfig::interval)
                .containsExactly(URI.create("https://delta.example.com/feed.xml"), List.of("rivers", "weather"),
                        Duration.ofMinutes(45));
        assertThat(config.source("Local samples").orElseThrow().interval()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void resolvesARelativeFileUrlAgainstTheConfigFolder() throws ConfigException {
        URI url = load("full.yml").source("Local samples").orElseThrow().url();

        assertThat(url).isEqualTo(FIXTURES.resolve("demo/rss2.xml").toAbsolutePath().normalize().toUri());
        assertThat(url.isAbsolute()).isTrue();
        assertThat(url.isOpaque()).isFalse();
    }

    @Test
    void keepsAnAbsoluteFileUrlNormalized() throws ConfigException {
        assertThat(load("absolute-file-url.yml").sources().get(0).url())
                .isEqualTo(Path.of("/var/feeds/sample.xml").toUri());
    }

    @Test
    void fillsEveryDefaultForAMinimalConfig() throws ConfigException {
        Config config = load("minimal.yml");

        assertThat(config.title()).isEqualTo("Tributary");
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.server()).isEqualTo(new ServerSettings(ServerSettings.DEFAULT_PORT));
        assertThat(config.store()).isEqualTo(new StoreSettings(StoreSettings.DEFAULT_URL, "", ""));
        assertThat(config.poll()).isEqualTo(new PollSettings(PollSettings.DEFAULT_INTERVAL, PollSettings.DEFAULT_THREADS,
                PollSettings.DEFAULT_CONNECT_TIMEOUT, PollSettings.DEFAULT_TIMEOUT, PollSettings.DEFAULT_MAX_BYTES));
        assertThat(config.publish()).isEqualTo(new PublishSettings(PublishSettings.DEFAULT_ENTRIES, Optional.empty()));
        assertThat(config.topics()).isEmpty();
    }

    @Test
    void givesASourceWithoutTopicsOrIntervalTheDefaults() throws ConfigException {
        assertThat(load("minimal.yml").sources()).containsExactly(new SourceConfig("Only source",
                URI.create("http://only.example.net/atom"), List.of(), PollSettings.DEFAULT_INTERVAL));
    }

    @Test
    void treatsKeysWithoutValuesAsNotGiven() throws ConfigException {
        Config config = load("empty-values.yml");

        assertThat(config.title()).isEqualTo("Tributary");
        assertThat(config.publish().out()).isEmpty();
        assertThat(config.poll().interval()).isEqualTo(PollSettings.DEFAULT_INTERVAL);
    }

    @Test
    void pointsTheDefaultBaseUrlAtTheConfiguredPort() throws ConfigException {
        assertThat(load("port-without-base-url.yml").baseUrl()).isEqualTo(URI.create("http://localhost:9191"));
    }

    @Test
    void loadsTheProjectsDemoConfigShape() throws ConfigException {
        // the design's own example, so the documented config never drifts from what loads
        Config config = load("design-example.yml");

        assertThat(config.topic("human-rights").orElseThrow().label()).isEqualTo("Human rights");
        assertThat(config.topic("iran").orElseThrow().label()).isEqualTo("iran");
        assertThat(config.sources().get(0).interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.publish().out()).isEmpty();
    }
}

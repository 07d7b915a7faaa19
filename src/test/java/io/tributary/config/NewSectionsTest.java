package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every newer key of {@code full.yml} (clean, dedup, retention, cluster, fetch overrides...) is read as written. */
class NewSectionsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/config");

    private final Config config = load();

    private static Config load() {
        try {
            return new ConfigLoader().load(FIXTURES.resolve("full.yml"));
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private SourceConfig gazette() {
        return config.source("Delta Gazette").orElseThrow();
    }

    @Test
    void readsTheGlobalCleanSectionWithLowerCasedEmbedHosts() {
        assertThat(config.clean()).isEqualTo(new CleanSettings(List.of("www.youtube-nocookie.com", "player.example.net"),
                new BoilerplateRules(List.of(".share-bar", "div.related > ul"),
                        List.of("Read more from us", "Related posts"), List.of("The post .* appeared first on .*"))));
    }

    @Test
    void readsDedupRetentionAndCluster() {
        assertThat(config.dedup()).isEqualTo(new DedupSettings(0.65, Duration.ofDays(3)));
        assertThat(config.retention()).isEqualTo(new RetentionSettings(Duration.ofDays(90), 5_000_000_000L));
        assertThat(config.cluster()).isEqualTo(new ClusterSettings(true, "river-a", Duration.ofSeconds(45)));
    }

    @Test
    void readsEveryNewPublishSetting() {
        assertThat(config.publish()).isEqualTo(new PublishSettings(25, Optional.of(Path.of("site/feeds")),
                List.of(URI.create("https://hub.example.org/"), URI.create("http://push.example.net/hub")),
                Optional.of("Every river, one stream"), Optional.of(URI.create("https://news.example.org/icon.png")),
                Optional.of(URI.create("https://news.example.org/logo.svg?v=2")), true));
    }

    @Test
    void readsTopicRequireExcludePatternsAndSources() {
        assertThat(config.topic("rivers").orElseThrow()).isEqualTo(new TopicRule("rivers", "Rivers and lakes",
                List.of("river", "flood plain", "delta"), List.of("water"), List.of("river cruise"),
                List.of("flood(s|ing)?\\b"), List.of("Local samples")));
    }

    @Test
    void readsASourcesOwnFetchSettings() {
        assertThat(gazette().fetch()).isEqualTo(new FetchOverrides(
                Map.of("X-Token", "token 123", "Accept-Language", "en"),
                Optional.of(new BasicAuth("reader", "s3cret")), Optional.of(Duration.ofSeconds(2)),
                Optional.of(Duration.ofSeconds(10)), Optional.of(new DataSize(512 * 1024))));
    }

    @Test
    void readsASourcesPriorityCategoriesSkipAndSwitches() {
        SourceConfig gazette = gazette();

        assertThat(gazette.priority()).isEqualTo(-3);
        assertThat(gazette.categories()).isEqualTo(Map.of("Flood Watch", "rivers", "Forecast", "weather"));
        assertThat(gazette.skip()).containsExactly("sponsored", "paid post");
        assertThat(gazette.fullContent()).isTrue();
        assertThat(gazette.websub()).isTrue();
    }

    @Test
    void readsASourcesOwnBoilerplateRules() {
        assertThat(gazette().boilerplate()).isEqualTo(new BoilerplateRules(List.of("aside.promo"),
                List.of("Subscribe to the Gazette"), List.of("^Copyright \\d{4}")));
    }

    @Test
    void leavesASourceWithoutOverridesAtItsDefaults() {
        SourceConfig local = config.source("Local samples").orElseThrow();

        assertThat(local.fetch()).isEqualTo(FetchOverrides.NONE);
        assertThat(local.priority()).isZero();
        assertThat(local.boilerplate()).isEqualTo(BoilerplateRules.NONE);
        assertThat(local.fullContent()).isFalse();
        assertThat(local.websub()).isFalse();
    }
}

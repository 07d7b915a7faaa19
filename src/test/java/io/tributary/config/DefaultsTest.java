package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A config that gives none of the newer sections gets each one's documented default. */
class DefaultsTest {
    private static final Path MINIMAL = Path.of("src/test/resources/config/minimal.yml");

    private final Config config = load();

    private static Config load() {
        try {
            return new ConfigLoader().load(MINIMAL);
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void cleansWithNoEmbedsAndOnlyTheBuiltInBoilerplate() {
        assertThat(config.clean()).isEqualTo(CleanSettings.DEFAULT);
    }

    @Test
    void dedupsAndRetainsByTheDefaults() {
        assertThat(config.dedup()).isEqualTo(new DedupSettings(0.8, java.time.Duration.ofDays(7)));
        assertThat(config.retention()).isEqualTo(new RetentionSettings(java.time.Duration.ofDays(180), 200_000));
    }

    @Test
    void runsAloneNamedAfterThisMachine() {
        assertThat(config.cluster()).isEqualTo(new ClusterSettings(false, ClusterSectionReader.localHostName(),
                ClusterSettings.DEFAULT_CHECK_IN));
        assertThat(config.cluster().node()).isNotBlank();
    }

    @Test
    void pollsTwoAtOnceFromAHostWithoutProxyReadingUpToTwentyMegabytes() {
        assertThat(config.poll().perHost()).isEqualTo(2);
        assertThat(config.poll().proxy()).isEmpty();
        assertThat(config.poll().maxBytes()).isEqualTo(new DataSize(20L * 1024 * 1024));
    }

    @Test
    void publishesWithoutHubsImagesSubtitleOrUncategorizedFeed() {
        assertThat(config.publish()).isEqualTo(new PublishSettings(100, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false));
    }

    @Test
    void givesASourceNoOverridesAndATopicNoExtraRules() throws ConfigException {
        SourceConfig source = config.sources().get(0);
        TopicRule topic = new ConfigLoader().load(Path.of("src/test/resources/config/design-example.yml"))
                .topic("iran").orElseThrow();

        assertThat(source).isEqualTo(new SourceConfig(source.name(), source.url(), List.of(), source.interval()));
        assertThat(topic.require()).isEmpty();
        assertThat(topic.exclude()).isEmpty();
        assertThat(topic.patterns()).isEmpty();
        assertThat(topic.sources()).isEmpty();
    }

    @Test
    void listsOnlyTheMainFileWhenNothingIsIncluded() {
        assertThat(config.files()).containsExactly(MINIMAL);
    }
}

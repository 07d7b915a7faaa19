package io.tributary.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.config.Config;
import io.tributary.config.DataSize;
import io.tributary.config.PollSettings;
import io.tributary.config.PublishSettings;
import io.tributary.config.ServerSettings;
import io.tributary.config.SourceConfig;
import io.tributary.config.StoreSettings;
import io.tributary.config.TopicRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpmlTest {
    @Test
    void readsFeedOutlinesWithTheirFoldersAndCategories() throws Exception {
        List<OpmlFeed> feeds = read("folders-and-categories.opml");

        assertThat(feeds).extracting(OpmlFeed::title)
                .containsExactly("Rain Gauge", "Cloud Notes", "Harbour Log", "Old Gopher");
        assertThat(feeds.get(0).categories()).containsExactly("Weather");
        assertThat(feeds.get(2).categories()).containsExactly("Boats", "Ports", "Rivers");
    }

    @Test
    void refusesAnOpmlFileWithADoctype() {
        assertThatThrownBy(() -> read("doctype-entity.opml")).isInstanceOf(IOException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void importSkipsFeedsAlreadyConfiguredByNormalizedUrl() throws Exception {
        Config config = config(List.of(new SourceConfig("Clouds", URI.create("https://CLOUDS.example.org/atom#top"),
                List.of(), Duration.ofMinutes(15))));

        OpmlImport.Plan plan = new OpmlImport().plan(config, read("folders-and-categories.opml"), Optional.empty());

        assertThat(plan.added()).extracting(OpmlImport.NewSource::name).containsExactly("Rain Gauge", "Harbour Log");
        assertThat(plan.skipped()).anyMatch(reason -> reason.contains("clouds") && reason.endsWith("already configured"))
                .anyMatch(reason -> reason.startsWith("gopher:") && reason.endsWith("not an http(s) URL"));
    }

    @Test
    void importMapsCategoriesToExistingTopicsByNameOrLabelAndAddsTheGivenTopic() throws Exception {
        OpmlImport.Plan plan = new OpmlImport().plan(config(List.of()), read("folders-and-categories.opml"),
                Optional.of("imported"));

        assertThat(plan.added().get(0).topics()).containsExactly("weather", "imported");
        assertThat(plan.added().get(2).topics()).containsExactly("rivers", "imported");
    }

    @Test
    void importGivesEveryNewSourceAUniqueName() {
        Config config = config(List.of(new SourceConfig("Twin", URI.create("https://one.example.org/feed"), List.of(),
                Duration.ofMinutes(15))));
        List<OpmlFeed> feeds = List.of(new OpmlFeed("Twin", "https://two.example.org/feed", List.of()),
                new OpmlFeed("Twin", "https://three.example.org/feed", List.of()));

        assertThat(new OpmlImport().plan(config, feeds, Optional.empty()).added())
                .extracting(OpmlImport.NewSource::name).containsExactly("Twin (2)", "Twin (3)");
    }

    @Test
    void exportedOpmlReadsBackAsTheConfiguredSources() throws Exception {
        Config config = config(List.of(new SourceConfig("Quotes \"&\" <Angles>", URI.create("https://q.example.org/f?a=1&b=2"),
                List.of("rivers"), Duration.ofMinutes(15))));

        String opml = new OpmlWriter().write(config, Instant.parse("2026-03-10T12:00:00Z"));
        List<OpmlFeed> back = new OpmlReader().read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)));

        assertThat(opml).contains("<opml version=\"2.0\">");
        assertThat(back).containsExactly(new OpmlFeed("Quotes \"&\" <Angles>", "https://q.example.org/f?a=1&b=2",
                List.of("rivers")));
    }

    private static List<OpmlFeed> read(String fixture) throws IOException {
        try (InputStream in = OpmlTest.class.getResourceAsStream("/opml/" + fixture)) {
            return new OpmlReader().read(in);
        }
    }

    private static Config config(List<SourceConfig> sources) {
        return new Config(Path.of("tributary.yml"), "OPML test", URI.create("http://feeds.test"), new ServerSettings(0),
                new StoreSettings("jdbc:hsqldb:mem:unused", "", ""),
                new PollSettings(Duration.ofMinutes(15), 2, Duration.ofSeconds(5), Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)),
                new PublishSettings(100, Optional.empty()),
                List.of(new TopicRule("weather", "Weather", List.of()), new TopicRule("rivers", "Rivers", List.of()),
                        new TopicRule("imported", "Imported", List.of())), sources);
    }
}

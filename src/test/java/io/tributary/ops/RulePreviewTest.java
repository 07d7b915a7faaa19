package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.config.RetentionSettings;
import io.tributary.config.FetchOverrides;
import io.tributary.config.BoilerplateRules;
import io.tributary.store.PublishedStory;
import io.tributary.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RulePreviewTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SourceConfig source = StoredPolls.source("Watershed");
    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(StoredPolls.memory());
        new StoredPolls(store).ok(source, NOW, 1,
                StoredPolls.Item.of("Flood warning upstream", NOW, "weather"),
                StoredPolls.Item.of("Drought on the plain", NOW, "weather"),
                StoredPolls.Item.of("Ferry timetable", NOW));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsEntriesThatWouldGainOrLoseATopicWithExamples() throws Exception {
        Config config = config(source, List.of(new TopicRule("weather", "Weather", List.of("flood")),
                new TopicRule("boats", "Boats", List.of("ferry"))));

        RulePreview.Result result = new RulePreview().preview(config, store);

        assertThat(result.topics().get("weather").lost()).isEqualTo(1);
        assertThat(result.topics().get("weather").lostExamples()).containsExactly("Drought on the plain");
        assertThat(result.topics().get("boats").gained()).isEqualTo(1);
        assertThat(result.topics().get("boats").gainedExamples()).containsExactly("Ferry timetable");
        assertThat(result.entries()).isEqualTo(3);
    }

    @Test
    void countsEntriesTheSkipRulesWouldKeepOut() throws Exception {
        SourceConfig skipping = new SourceConfig(source.name(), source.url(), List.of(), source.interval(), 0,
                FetchOverrides.NONE, Map.of(), List.of("timetable"), false, BoilerplateRules.NONE, false);

        RulePreview.Result result = new RulePreview().preview(config(skipping, List.of(
                new TopicRule("weather", "Weather", List.of("flood", "drought")))), store);

        assertThat(result.skipped()).containsEntry("Watershed", 1);
        assertThat(result.topics()).isEmpty();
    }

    @Test
    void changesNothingInTheStore() throws Exception {
        long before = store.changeCount();
        Config config = config(source, List.of());

        StringWriter text = new StringWriter();
        new PreviewText().write(new RulePreview().preview(config, store), new PrintWriter(text));

        assertThat(text.toString()).contains("topic weather: 0 would gain it, 2 would lose it");
        assertThat(store.changeCount()).isEqualTo(before);
        assertThat(store.latest(10, Optional.empty())).flatExtracting(PublishedStory::topics).contains("weather");
    }

    private static Config config(SourceConfig source, List<TopicRule> topics) {
        return Configs.with(List.of(source), topics, 100, RetentionSettings.DEFAULT);
    }
}

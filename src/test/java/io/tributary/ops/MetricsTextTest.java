package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.pipeline.PollReport;
import io.tributary.store.SourceHealth;
import io.tributary.store.StoreSize;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTextTest {
    private static final Instant SUCCESS = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void countsFetchesBySourceAndShortStatus() {
        PollMetrics metrics = new PollMetrics();
        metrics.polled(new PollReport("Calm", "ok", 2, 1, 0, 120, false));
        metrics.polled(new PollReport("Calm", "error: HTTP 500", 0, 0, 0, 40, true));
        metrics.polled(new PollReport("Calm", "error: HTTP 503", 0, 0, 0, 40, true));

        assertThat(text(metrics)).contains("tributary_fetches_total{source=\"Calm\",status=\"ok\"} 1\n")
                .contains("tributary_fetches_total{source=\"Calm\",status=\"error\"} 2\n")
                .contains("tributary_entries_total{kind=\"new\"} 2\n")
                .contains("tributary_entries_total{kind=\"updated\"} 1\n");
    }

    @Test
    void histogramBucketsAreCumulative() {
        PollMetrics metrics = new PollMetrics();
        metrics.polled(new PollReport("A", "ok", 0, 0, 0, 80, false));
        metrics.polled(new PollReport("A", "ok", 0, 0, 0, 3000, false));

        assertThat(text(metrics)).contains("tributary_fetch_duration_seconds_bucket{le=\"0.1\"} 1\n")
                .contains("tributary_fetch_duration_seconds_bucket{le=\"5\"} 2\n")
                .contains("tributary_fetch_duration_seconds_bucket{le=\"+Inf\"} 2\n")
                .contains("tributary_fetch_duration_seconds_count 2\n");
    }

    @Test
    void writesPerSourceLastSuccessFailureStreakStoreSizeAndMemory() {
        SourceHealth health = new SourceHealth("Calm", URI.create("https://example.org/feed"), "timeout",
                Optional.of(SUCCESS), Optional.of(SUCCESS), 3, 10, 5);

        String text = new String(new MetricsText().write(new PollMetrics(), List.of(health), new StoreSize(12, 9)),
                StandardCharsets.UTF_8);

        assertThat(text).contains("tributary_source_last_success_timestamp_seconds{source=\"Calm\"} "
                        + SUCCESS.getEpochSecond() + "\n")
                .contains("tributary_source_failures{source=\"Calm\"} 3\n")
                .contains("tributary_store_entries 12\n").contains("tributary_store_stories 9\n")
                .contains("jvm_memory_used_bytes{area=\"heap\"} ")
                .contains("jvm_buffer_pool_used_bytes{pool=\"direct\"} ");
    }

    @Test
    void escapesQuotesAndBackslashesInLabelValues() {
        PollMetrics metrics = new PollMetrics();
        metrics.polled(new PollReport("The \"Daily\" \\ Wire", "ok", 0, 0, 0, 1, false));

        assertThat(text(metrics)).contains("source=\"The \\\"Daily\\\" \\\\ Wire\"");
    }

    private static String text(PollMetrics metrics) {
        return new String(new MetricsText().write(metrics, List.of(), new StoreSize(0, 0)), StandardCharsets.UTF_8);
    }
}

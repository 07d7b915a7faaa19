package io.tributary.ops;

import io.tributary.config.SourceConfig;
import io.tributary.store.PollRecord;
import io.tributary.store.SourceHealth;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a {@link StatusReport} from the store, for the configured sources and those removed. */
public final class StatusReader {
    static final Duration RECENT = Duration.ofDays(7);
    static final Duration CHART_DAYS = Duration.ofDays(30);

    private final Store store;

    public StatusReader(Store store) {
        this.store = store;
    }

    /**
     * @param configured  the sources of the config running now
     * @param nextPoll    when a source is polled next, by name (the scheduler's answer, or an estimate)
     * @param configError why the last config edit was rejected, if it was
     * @param now         the time to count the last 7 and 30 days back from
     */
    public StatusReport read(List<SourceConfig> configured, Function<String, Optional<Instant>> nextPoll,
                             Optional<String> configError, Instant now) throws StoreException {
        Map<String, List<PollRecord>> history = store.pollHistory();
        Map<String, Long> recent = store.entriesSince(now.minus(RECENT));
        Map<String, Instant> removed = store.removedSources();
        List<SourceStatus> sources = new ArrayList<>();
        for (SourceHealth health : store.sourceHealth(configured)) {
            sources.add(status(health, history, recent, nextPoll.apply(health.name()), false));
        }
        List<String> configuredNames = configured.stream().map(SourceConfig::name).toList();
        for (SourceHealth health : store.sourceHealth()) {
            if (!configuredNames.contains(health.name()) && removed.containsKey(health.name())) {
                sources.add(status(health, history, recent, Optional.empty(), true));
            }
        }
        sources.sort(Comparator.comparing((SourceStatus s) -> s.removed())
                .thenComparing(s -> !s.problem())
                .thenComparing(s -> -s.failures())
                .thenComparing(SourceStatus::name));
        return new StatusReport(now, configError, sources, store.topicDays(now.minus(CHART_DAYS)), store.size());
    }

    private static SourceStatus status(SourceHealth health, Map<String, List<PollRecord>> history,
                                       Map<String, Long> recent, Optional<Instant> next, boolean removed) {
        List<PollRecord> polls = history.getOrDefault(health.name(), List.of());
        long mean = (long) polls.stream().mapToLong(PollRecord::millis).average().orElse(0);
        Optional<String> lastError = health.failures() > 0 ? Optional.of(health.status())
                : polls.stream().filter(p -> !p.success()).reduce((a, b) -> b)
                .map(p -> p.status() + " at " + p.at());
        return new SourceStatus(health.name(), health.url(), health.status(), health.lastSuccess(), lastError,
                health.failures(), next, recent.getOrDefault(health.name(), 0L), mean, removed, polls);
    }
}

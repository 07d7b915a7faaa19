package io.tributary.ops;

import io.tributary.store.StoreSize;
import io.tributary.store.TopicDay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the status views show, read once.
 *
 * @param at          when it was read
 * @param configError why the last config edit was rejected, while the previous config runs
 * @param sources     problem sources first, then the healthy ones, then removed ones; by name within each
 * @param topicDays   stories per topic per day over the last 30 days
 * @param size        how much the store holds
 */
public record StatusReport(Instant at, Optional<String> configError, List<SourceStatus> sources,
                           List<TopicDay> topicDays, StoreSize size) {
    public StatusReport {
        sources = List.copyOf(sources);
        topicDays = List.copyOf(topicDays);
    }

    /** {@code ok}, {@code degraded} (a config edit was rejected) or {@code failing} (a source fails). */
    public String overall() {
        if (configError.isPresent()) {
            return "degraded";
        }
        return sources.stream().anyMatch(SourceStatus::problem) ? "failing" : "ok";
    }
}

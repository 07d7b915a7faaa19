package io.tributary.publish;

import io.tributary.store.SourceHealth;

import java.util.List;
import java.util.Optional;

/**
 * What {@code /health} tells an operator or a monitor.
 *
 * @param status      {@code ok} when all is well; anything else makes {@code /health} answer 503
 * @param configError why the last config edit was rejected, while the previous config runs
 * @param sources     every configured source's last known health
 */
public record HealthReport(String status, Optional<String> configError, List<SourceHealth> sources) {
    public static final String OK = "ok";

    public HealthReport {
        sources = List.copyOf(sources);
    }

    public boolean healthy() {
        return OK.equals(status);
    }
}

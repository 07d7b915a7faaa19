package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * When each source is first polled after a start (issue 3, item 6). Firing every source at once
 * on start is rude to shared hosts and a burst for us, so:
 * <ul>
 *   <li>a source polled before (its state is in the store) is spread evenly over its own
 *       interval: a restart costs the publishers nothing extra, since they were polled at most
 *       one interval ago;</li>
 *   <li>a source never polled is spread over the first {@link #SOON} instead, so a fresh
 *       install, or a source just added, shows something within a minute.</li>
 * </ul>
 * A source that must wait longer (backoff, Retry-After, gone) is still fired on this plan: the
 * poller holds it back without a request.
 */
public final class FirstPolls {
    public static final Duration SOON = Duration.ofMinutes(1);

    /**
     * @param polledBefore whether the named source has been polled before (by any earlier run)
     * @return the first run of every source, by name, in config order
     */
    public Map<String, Instant> plan(List<SourceConfig> sources, Predicate<String> polledBefore, Instant now) {
        List<SourceConfig> known = new ArrayList<>();
        List<SourceConfig> fresh = new ArrayList<>();
        for (SourceConfig source : sources) {
            (polledBefore.test(source.name()) ? known : fresh).add(source);
        }
        Map<String, Instant> plan = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            plan.put(fresh.get(i).name(), now.plusMillis(SOON.toMillis() * i / fresh.size()));
        }
        for (int i = 0; i < known.size(); i++) {
            SourceConfig source = known.get(i);
            plan.put(source.name(), now.plusMillis(source.interval().toMillis() * i / known.size()));
        }
        return plan;
    }
}

package io.tributary.live;

import io.tributary.config.Config;
import io.tributary.config.ConfigException;
import io.tributary.config.ConfigProblem;
import io.tributary.config.SourceConfig;
import io.tributary.schedule.PollScheduler;
import io.tributary.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the edited config and applies it whole, or rejects it whole (DESIGN.md, "Config": "a bad
 * edit to a running instance is rejected as a whole").
 *
 * <p>Applied: added sources are scheduled (their first poll within {@link #FIRST_POLL}), removed
 * ones unscheduled and flagged in the store (their entries stay), sources whose interval changed
 * rescheduled, and the river rebuilt, so topic rules, skip rules and fetch settings hold from the
 * next poll. Edited topic rules are also re-applied to the entries on the current feed pages, and
 * the site is rendered again for the new titles and topics. Settings that need a
 * restart (the store, the port) are kept as they were, with a warning.
 */
public final class ConfigReload {
    static final Duration FIRST_POLL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReload.class);

    private final Path file;
    private final Loader loader;
    private final LiveRiver live;
    private final PollScheduler scheduler;
    private final Runnable rerender;
    private final Clock clock;

    /**
     * @param file      the main config file
     * @param loader    reads and validates it
     * @param live      the river to swap
     * @param scheduler the running schedule
     * @param rerender  renders the published site again
     */
    public ConfigReload(Path file, Loader loader, LiveRiver live, PollScheduler scheduler, Runnable rerender,
                        Clock clock) {
        this.file = file;
        this.loader = loader;
        this.live = live;
        this.scheduler = scheduler;
        this.rerender = rerender;
        this.clock = clock;
    }

    /** Loads the file again and applies it; returns whether it was applied. */
    public boolean reload() {
        Config next;
        try {
            next = loader.load(file);
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                LOG.error("{}", problem);
            }
            LOG.error("config: edit rejected ({} problems); the previous config keeps running", e.problems().size());
            live.rejected(e.problems().stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
            return false;
        }
        apply(keepRestartOnly(live.config(), next));
        return true;
    }

    private void apply(Config next) {
        Config previous = live.config();
        live.swap(next);
        Instant now = clock.instant();
        Map<String, SourceConfig> before = bySource(previous.sources());
        Map<String, SourceConfig> after = bySource(next.sources());
        int added = 0;
        int removed = 0;
        int rescheduled = 0;
        try {
            for (SourceConfig source : next.sources()) {
                SourceConfig old = before.get(source.name());
                if (old == null) {
                    scheduler.add(source, now.plus(FIRST_POLL));
                    added++;
                } else if (!old.interval().equals(source.interval())) {
                    scheduler.reschedule(source, now.plus(source.interval()));
                    rescheduled++;
                }
            }
            for (String name : before.keySet()) {
                if (!after.containsKey(name)) {
                    scheduler.remove(name);
                    removed++;
                }
            }
        } catch (SchedulerException e) {
            LOG.error("config: the schedule could not follow the edit", e);
        }
        try {
            live.river().store().flagRemovedSources(after.keySet(), now);
        } catch (StoreException e) {
            LOG.warn("config: cannot flag removed sources: {}", e.getMessage());
        }
        // changed topic rules were re-applied to the published entries when the river was
        // rebuilt for the new config (River's Retagger)
        rerender.run();
        LOG.info("config: edit applied: {} sources ({} added, {} removed, {} rescheduled), {} topics",
                next.sources().size(), added, removed, rescheduled, next.topics().size());
    }


    /** The store and the port cannot change under a running instance: keep them, say so. */
    private static Config keepRestartOnly(Config running, Config next) {
        if (!running.store().equals(next.store())) {
            LOG.warn("config: a store change needs a restart; still using the store in use");
        }
        if (running.server().port() != next.server().port()) {
            LOG.warn("config: a port change needs a restart; still listening on the port in use");
        }
        return new Config(next.file(), next.title(), next.baseUrl(), running.server(), running.store(), next.poll(),
                next.publish(), next.topics(), next.sources(), next.clean(), next.dedup(), next.retention(),
                next.cluster(), next.files());
    }

    private static Map<String, SourceConfig> bySource(List<SourceConfig> sources) {
        return sources.stream().collect(Collectors.toMap(SourceConfig::name, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** Reads and validates a config file. */
    @FunctionalInterface
    public interface Loader {
        Config load(Path file) throws ConfigException;
    }
}

package io.tributary;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.ops.StatusReader;
import io.tributary.ops.StatusReport;
import io.tributary.ops.StatusTable;
import io.tributary.store.SourceHealth;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code status}: every source's health from the store, problem sources first. */
@Command(name = "status", description = "Show every source's health from the store, problem sources first.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        Instant now = Clock.systemUTC().instant();
        try (Store store = Store.open(valid.store())) {
            // No scheduler here: the next poll is estimated as the last one plus the interval.
            Map<String, Instant> next = new HashMap<>();
            for (SourceHealth health : store.sourceHealth(valid.sources())) {
                SourceConfig source = valid.source(health.name()).orElseThrow();
                next.put(health.name(), health.lastPoll().map(at -> at.plus(source.interval())).orElse(now));
            }
            StatusReport report = new StatusReader(store).read(valid.sources(),
                    name -> Optional.ofNullable(next.get(name)), Optional.empty(), now);
            new StatusTable().write(report, spec.commandLine().getOut());
            return report.sources().stream().anyMatch(s -> s.problem()) ? 1 : 0;
        } catch (StoreException e) {
            // An HSQLDB file store is open in one process at a time: a running instance has it.
            spec.commandLine().getErr().printf("status: %s%nif tributary run is using the store, see "
                    + "http://localhost:%d/status (or /api/status)%n", e.getMessage(), valid.server().port());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}

package io.tributary;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.ops.PollProgress;
import io.tributary.pipeline.PollReport;
import io.tributary.pipeline.River;
import io.tributary.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code poll}: every source once, now; one line per source and a total. */
@Command(name = "poll", description = "Poll every source once now, store, and print one line per source.")
final class PollCommand implements Callable<Integer> {
    private static final String LINE = "%-14s %-28s new %4d  updated %4d  duplicate %4d  %6d ms%n";

    @Mixin
    ConfigOption config;

    @Option(names = "--source", paramLabel = "NAME", description = "poll only this source")
    String only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws StoreException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Config> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Config valid = loaded.get();
        Optional<SourceConfig> single = Optional.empty();
        if (only != null) {
            single = valid.source(only);
            if (single.isEmpty()) {
                err.printf("poll: no source named \"%s\"%s%n", only, SourceSuggestion.closest(only,
                        valid.sources().stream().map(SourceConfig::name).toList())
                        .map(name -> "; did you mean \"" + name + "\"?").orElse(""));
                err.flush();
                return Tributary.EXIT_BAD_CONFIG;
            }
        }
        long started = System.nanoTime();
        List<PollReport> reports;
        try (River river = River.open(valid, Clock.systemUTC())) {
            reports = single.isPresent() ? List.of(river.poll(single.get()))
                    : river.pollAll(progress(err, valid.sources().size()));
        }
        for (PollReport report : reports) {
            out.printf(LINE, report.status(), report.source(), report.fresh(), report.updated(),
                    report.duplicates(), report.millis());
        }
        long failed = reports.stream().filter(PollReport::failed).count();
        out.printf("total: %d sources, %d failed; new %d, updated %d, duplicate %d in %d ms%n",
                reports.size(), failed,
                reports.stream().mapToInt(PollReport::fresh).sum(),
                reports.stream().mapToInt(PollReport::updated).sum(),
                reports.stream().mapToInt(PollReport::duplicates).sum(),
                (System.nanoTime() - started) / 1_000_000);
        out.flush();
        return !reports.isEmpty() && failed == reports.size() ? 1 : 0;
    }

    /**
     * On a terminal, a progress bar (counts and the slowest sources) as sources finish; elsewhere
     * nothing but the plain lines at the end, to keep logs clean.
     */
    private static River.PollListener progress(PrintWriter err, int total) {
        if (System.console() == null) {
            return report -> { };
        }
        return new PollProgress(err, total);
    }
}

package io.tributary;

import io.tributary.config.Config;
import io.tributary.pipeline.PollReport;
import io.tributary.pipeline.River;
import io.tributary.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code poll}: every source once, now; one line per source and a total. */
@Command(name = "poll", description = "Poll every source once now, store, and print one line per source.")
final class PollCommand implements Callable<Integer> {
    private static final String LINE = "%-14s %-28s new %4d  updated %4d  duplicate %4d  %6d ms%n";

    @Mixin
    ConfigOption config;

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
        long started = System.nanoTime();
        List<PollReport> reports;
        try (River river = River.open(valid, Clock.systemUTC())) {
            reports = river.pollAll(progress(err, valid.sources().size()));
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

    /** On a terminal, a running count as sources finish; elsewhere nothing, to keep logs clean. */
    private static River.PollListener progress(PrintWriter err, int total) {
        if (System.console() == null) {
            return report -> { };
        }
        AtomicInteger done = new AtomicInteger();
        return report -> {
            synchronized (err) {
                err.printf("\r[%d/%d] %s: %s\033[K", done.incrementAndGet(), total, report.source(), report.status());
                if (done.get() == total) {
                    err.print("\r\033[K");
                }
                err.flush();
            }
        };
    }
}

package io.tributary.ops;

import io.tributary.pipeline.PollReport;
import io.tributary.pipeline.River;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code poll}'s progress bar on a terminal: done of total, ok and failed so far, and the slowest
 * sources yet, redrawn in place on one line as each source finishes, then erased.
 */
public final class PollProgress implements River.PollListener {
    private static final int WIDTH = 24;
    private static final int SLOWEST = 3;

    private final PrintWriter terminal;
    private final int total;
    private final List<PollReport> done = new ArrayList<>();

    public PollProgress(PrintWriter terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    @Override
    public synchronized void polled(PollReport report) {
        done.add(report);
        terminal.print("\r" + line() + "\033[K");
        if (done.size() >= total) {
            terminal.print("\r\033[K");
        }
        terminal.flush();
    }

    /** The bar as it stands, without control characters. */
    synchronized String line() {
        long failed = done.stream().filter(PollReport::failed).count();
        int filled = total == 0 ? WIDTH : WIDTH * done.size() / total;
        String slowest = done.stream().sorted(Comparator.comparingLong(PollReport::millis).reversed()).limit(SLOWEST)
                .map(r -> String.format(Locale.ROOT, "%s %.1fs", r.source(), r.millis() / 1000.0))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "[%s%s] %d/%d  ok %d  failed %d  slowest: %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done.size(), total, done.size() - failed, failed, slowest);
    }
}

package io.tributary.ops;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** {@code status} on the command line: one row per source, problem sources first. */
public final class StatusTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String ROW = "%-28s %-24s %-16s %4s %-16s %6s %8s  %s%n";

    public void write(StatusReport report, PrintWriter out) {
        out.printf("overall: %s (%d sources; store: %d stories, %d entries)%n", report.overall(),
                report.sources().size(), report.size().stories(), report.size().entries());
        report.configError().ifPresent(error -> out.printf("config edit rejected, previous config running:%n%s%n", error));
        out.printf(ROW, "SOURCE", "STATUS", "LAST SUCCESS", "FAIL", "NEXT POLL", "7 DAYS", "MEAN MS", "LAST ERROR");
        for (SourceStatus source : report.sources()) {
            out.printf(ROW, cut(source.name(), 28), cut(source.removed() ? "removed" : source.status(), 24),
                    time(source.lastSuccess()), source.failures(), time(source.nextPoll()), source.recent(),
                    source.meanMillis(), source.lastError().orElse(""));
        }
        out.flush();
    }

    private static String time(Optional<Instant> at) {
        return at.map(TIME::format).orElse("-");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

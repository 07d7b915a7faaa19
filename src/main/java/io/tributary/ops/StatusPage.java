package io.tributary.ops;

import io.tributary.publish.PagePolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code /status}: one HTML page with every source's health, problem sources first, and inline SVG
 * charts. No JavaScript and no external assets: it must work from a locked-down browser and
 * never reach another host.
 */
public final class StatusPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;"
            + "vertical-align:middle}tr.problem td{background:#fdecea}tr.removed td{color:#888}"
            + ".error{background:#fdecea;border:1px solid #d62728;padding:1em;white-space:pre-wrap}"
            + ".num{text-align:right}";
    /** Only this page's own stylesheet applies; nothing loads, nothing runs. */
    public static final PagePolicy POLICY = new PagePolicy(STYLE);

    private final TopicDaysChart topicChart = new TopicDaysChart();
    private final PollChart pollChart = new PollChart();

    public byte[] write(StatusReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(Markup.escape(POLICY.inMeta())).append("\">")
                .append("<title>Tributary status: ").append(report.overall()).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>")
                .append("<h1>Status: ").append(report.overall()).append("</h1>")
                .append("<p>").append(report.sources().size()).append(" sources; store: ")
                .append(report.size().stories()).append(" stories, ").append(report.size().entries())
                .append(" entries; read at ").append(TIME.format(report.at())).append(" UTC</p>");
        report.configError().ifPresent(error -> html.append("<h2>Config edit rejected</h2>")
                .append("<p>The previous config keeps running until the file is fixed.</p>")
                .append("<pre class=\"error\">").append(Markup.escape(error)).append("</pre>"));
        html.append("<h2>Stories per day per topic</h2>")
                .append(topicChart.svg(report.topicDays(), LocalDate.ofInstant(report.at(), ZoneOffset.UTC)));
        html.append("<h2>Sources</h2><table><thead><tr><th>Source</th><th>Status</th><th>Last success</th>"
                + "<th>Failures</th><th>Next poll</th><th>Last 7 days</th><th>Mean fetch</th><th>Last error</th>"
                + "<th>Last polls</th></tr></thead><tbody>");
        for (SourceStatus source : report.sources()) {
            html.append("<tr class=\"").append(source.removed() ? "removed" : source.problem() ? "problem" : "ok")
                    .append("\"><td>").append(Markup.escape(source.name())).append("</td><td>")
                    .append(Markup.escape(source.removed() ? "removed from the config" : source.status()))
                    .append("</td><td>").append(time(source.lastSuccess()))
                    .append("</td><td class=\"num\">").append(source.failures())
                    .append("</td><td>").append(time(source.nextPoll()))
                    .append("</td><td class=\"num\">").append(source.recent())
                    .append("</td><td class=\"num\">").append(source.meanMillis()).append(" ms")
                    .append("</td><td>").append(Markup.escape(source.lastError().orElse("")))
                    .append("</td><td>").append(pollChart.svg(source.polls())).append("</td></tr>");
        }
        html.append("</tbody></table></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String time(Optional<Instant> at) {
        return at.map(TIME::format).orElse("-");
    }
}

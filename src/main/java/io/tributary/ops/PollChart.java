package io.tributary.ops;

import io.tributary.store.PollRecord;
import java.util.List;
import java.util.Locale;

/**
 * One source's last polls as a small inline SVG bar chart: one bar per poll, oldest on the left,
 * its height the fetch time (relative to the source's slowest), green for a success and red for a
 * failure; each bar's tooltip tells when, what and how long.
 */
public final class PollChart {
    private static final int BAR = 5;
    private static final int GAP = 1;
    private static final int HEIGHT = 30;
    private static final int SLOTS = 50;
    static final String SUCCESS = "#2ca02c";
    static final String FAILURE = "#d62728";

    public String svg(List<PollRecord> polls) {
        int width = SLOTS * (BAR + GAP);
        long slowest = Math.max(1, polls.stream().mapToLong(PollRecord::millis).max().orElse(1));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"last %d polls\">", width, HEIGHT, width, HEIGHT, polls.size()));
        List<PollRecord> shown = polls.subList(Math.max(0, polls.size() - SLOTS), polls.size());
        for (int i = 0; i < shown.size(); i++) {
            PollRecord poll = shown.get(i);
            // at least 2 px, so a fast poll is still visible and its colour readable
            int height = (int) Math.max(2, Math.round((double) HEIGHT * poll.millis() / slowest));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
                    i * (BAR + GAP), HEIGHT - height, BAR, height, poll.success() ? SUCCESS : FAILURE,
                    Markup.escape(poll.at() + " " + poll.status() + " " + poll.millis() + " ms")));
        }
        return svg.append("</svg>").toString();
    }
}

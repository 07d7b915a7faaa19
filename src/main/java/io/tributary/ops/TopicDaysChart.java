package io.tributary.ops;

import io.tributary.store.TopicDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stories per day per topic over the last 30 days, as an inline SVG line chart: one line per
 * topic, the newest day on the right. Made on the server so the page needs no JavaScript.
 */
public final class TopicDaysChart {
    static final int DAYS = 30;
    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int RIGHT = 160;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
        "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};

    /** The chart for the 30 days ending with {@code today}. */
    public String svg(List<TopicDay> days, LocalDate today) {
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<String, long[]> series = new TreeMap<>();
        for (TopicDay day : days) {
            int index = (int) (day.day().toEpochDay() - first.toEpochDay());
            if (index >= 0 && index < DAYS) {
                series.computeIfAbsent(day.topic(), t -> new long[DAYS])[index] += day.stories();
            }
        }
        long max = Math.max(1, series.values().stream().flatMapToLong(java.util.Arrays::stream).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Stories per day per topic, last %d days\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT, DAYS));
        svg.append("<title>Stories per day per topic, last ").append(DAYS).append(" days</title>");
        axes(svg, max, first, today);
        int row = 0;
        for (Map.Entry<String, long[]> topic : series.entrySet()) {
            String colour = COLOURS[row % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"");
            long[] counts = topic.getValue();
            for (int i = 0; i < DAYS; i++) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i), y(counts[i], max)));
            }
            svg.append("\"><title>").append(Markup.escape(topic.getKey())).append("</title></polyline>");
            int legendY = TOP + 12 + row * 16;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    WIDTH - RIGHT + 12, legendY - 9, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    WIDTH - RIGHT + 28, legendY, Markup.escape(topic.getKey())));
            row++;
        }
        if (series.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">no stories with a topic "
                    + "in the last %d days</text>", LEFT + 20, HEIGHT / 2, DAYS));
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, long max, LocalDate first, LocalDate last) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                LEFT, TOP, LEFT, bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>",
                LEFT - 4, TOP + 10, max));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">0</text>",
                LEFT - 4, bottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
                LEFT, HEIGHT - 6, first));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                WIDTH - RIGHT, HEIGHT - 6, last));
    }

    private static double x(int day) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) day / (DAYS - 1);
    }

    private static double y(long count, long max) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (double) count / max;
    }
}

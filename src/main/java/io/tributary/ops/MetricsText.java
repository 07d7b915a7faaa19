package io.tributary.ops;

import io.tributary.store.SourceHealth;
import io.tributary.store.StoreSize;
import java.lang.management.ManagementFactory;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /metrics} in the Prometheus text exposition format (version 0.0.4), written by hand:
 * the format is a few lines of text, not worth a library.
 */
public final class MetricsText {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    public byte[] write(PollMetrics metrics, List<SourceHealth> sources, StoreSize size) {
        StringBuilder out = new StringBuilder(4096);
        head(out, "tributary_fetches_total", "counter", "Polls since start, by source and status.");
        for (Map.Entry<PollMetrics.FetchKey, Long> fetch : metrics.fetches().entrySet()) {
            out.append("tributary_fetches_total{source=\"").append(label(fetch.getKey().source()))
                    .append("\",status=\"").append(label(fetch.getKey().status())).append("\"} ")
                    .append(fetch.getValue()).append('\n');
        }
        head(out, "tributary_fetch_duration_seconds", "histogram", "Time one poll of one source took.");
        long[] buckets = metrics.bucketCounts();
        for (int i = 0; i < buckets.length; i++) {
            out.append("tributary_fetch_duration_seconds_bucket{le=\"").append(number(PollMetrics.BUCKETS[i]))
                    .append("\"} ").append(buckets[i]).append('\n');
        }
        out.append("tributary_fetch_duration_seconds_bucket{le=\"+Inf\"} ").append(metrics.durationCount()).append('\n');
        out.append("tributary_fetch_duration_seconds_sum ").append(number(metrics.durationSeconds())).append('\n');
        out.append("tributary_fetch_duration_seconds_count ").append(metrics.durationCount()).append('\n');
        head(out, "tributary_entries_total", "counter", "Entries written since start, by kind.");
        out.append("tributary_entries_total{kind=\"new\"} ").append(metrics.fresh()).append('\n');
        out.append("tributary_entries_total{kind=\"updated\"} ").append(metrics.updated()).append('\n');
        out.append("tributary_entries_total{kind=\"duplicate\"} ").append(metrics.duplicates()).append('\n');
        head(out, "tributary_source_last_success_timestamp_seconds", "gauge", "When a poll of the source last succeeded.");
        for (SourceHealth source : sources) {
            source.lastSuccess().ifPresent(at -> out.append("tributary_source_last_success_timestamp_seconds{source=\"")
                    .append(label(source.name())).append("\"} ").append(at.getEpochSecond()).append('\n'));
        }
        head(out, "tributary_source_failures", "gauge", "Failed polls of the source in a row.");
        for (SourceHealth source : sources) {
            out.append("tributary_source_failures{source=\"").append(label(source.name())).append("\"} ")
                    .append(source.failures()).append('\n');
        }
        head(out, "tributary_render_seconds", "summary", "Time spent rendering the published feeds.");
        out.append("tributary_render_seconds_sum ").append(number(metrics.renderSeconds())).append('\n');
        out.append("tributary_render_seconds_count ").append(metrics.renders()).append('\n');
        head(out, "tributary_store_entries", "gauge", "Entries in the store.");
        out.append("tributary_store_entries ").append(size.entries()).append('\n');
        head(out, "tributary_store_stories", "gauge", "Stories in the store.");
        out.append("tributary_store_stories ").append(size.stories()).append('\n');
        memory(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void memory(StringBuilder out) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        head(out, "jvm_memory_used_bytes", "gauge", "JVM memory in use.");
        out.append("jvm_memory_used_bytes{area=\"heap\"} ").append(heap.getUsed()).append('\n');
        out.append("jvm_memory_used_bytes{area=\"nonheap\"} ").append(nonHeap.getUsed()).append('\n');
        head(out, "jvm_memory_max_bytes", "gauge", "Most JVM memory that can be used (-1: no limit).");
        out.append("jvm_memory_max_bytes{area=\"heap\"} ").append(heap.getMax()).append('\n');
        // the embedded store's band index lives in direct buffers, outside the heap figures above
        head(out, "jvm_buffer_pool_used_bytes", "gauge", "Memory used by the JVM's buffer pools, outside the heap.");
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            out.append("jvm_buffer_pool_used_bytes{pool=\"").append(label(pool.getName())).append("\"} ")
                    .append(pool.getMemoryUsed()).append('\n');
        }
    }

    private static void head(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Label values escape backslash, quote and line feed (the format's only escapes). */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value));
    }
}

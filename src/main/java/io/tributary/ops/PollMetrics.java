package io.tributary.ops;

import io.tributary.pipeline.PollReport;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters this process keeps since it started, for {@code /metrics}: polls by source and
 * status, fetch durations, entries written and feed render time. Thread-safe; polls on many
 * threads record into it at once.
 */
public final class PollMetrics {
    /** Upper bounds of the fetch duration histogram, in seconds (Prometheus {@code le}). */
    static final double[] BUCKETS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private final Map<FetchKey, LongAdder> fetches = new ConcurrentHashMap<>();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder durationCount = new LongAdder();
    private final LongAdder durationMillis = new LongAdder();
    private final LongAdder fresh = new LongAdder();
    private final LongAdder updated = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final LongAdder renderNanos = new LongAdder();

    public PollMetrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    /** Counts one finished poll. */
    public void polled(PollReport report) {
        fetches.computeIfAbsent(new FetchKey(report.source(), shortStatus(report.status())), k -> new LongAdder())
                .increment();
        double seconds = report.millis() / 1000.0;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts[i].increment();
            }
        }
        durationCount.increment();
        durationMillis.add(report.millis());
        fresh.add(report.fresh());
        updated.add(report.updated());
        duplicates.add(report.duplicates());
    }

    /** Counts one rendering of the published feeds. */
    public void rendered(long nanos) {
        renders.increment();
        renderNanos.add(nanos);
    }

    /**
     * The status word without its detail ({@code error: HTTP 404} is {@code error}), so the
     * number of label values stays small whatever sources answer.
     */
    static String shortStatus(String statusLine) {
        int colon = statusLine.indexOf(':');
        return colon < 0 ? statusLine : statusLine.substring(0, colon);
    }

    Map<FetchKey, Long> fetches() {
        Map<FetchKey, Long> copy = new TreeMap<>();
        fetches.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }

    long[] bucketCounts() {
        long[] counts = new long[BUCKETS.length];
        for (int i = 0; i < BUCKETS.length; i++) {
            counts[i] = bucketCounts[i].sum();
        }
        return counts;
    }

    long durationCount() {
        return durationCount.sum();
    }

    double durationSeconds() {
        return durationMillis.sum() / 1000.0;
    }

    long fresh() {
        return fresh.sum();
    }

    long updated() {
        return updated.sum();
    }

    long duplicates() {
        return duplicates.sum();
    }

    long renders() {
        return renders.sum();
    }

    double renderSeconds() {
        return renderNanos.sum() / 1e9;
    }

    record FetchKey(String source, String status) implements Comparable<FetchKey> {
        @Override
        public int compareTo(FetchKey other) {
            int bySource = source.compareTo(other.source);
            return bySource != 0 ? bySource : status.compareTo(other.status);
        }
    }
}

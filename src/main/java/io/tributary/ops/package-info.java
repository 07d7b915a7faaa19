/**
 * The operator's view and housekeeping: the status report ({@code status}, {@code /status} with
 * inline SVG charts, {@code /api/status}), Prometheus metrics ({@code /metrics}), the daily
 * retention and compaction chore, and store backup and restore.
 *
 * <p>It reads what the store recorded and what this process counted; it must not poll, tag or
 * render feeds, and its pages never load scripts or anything from another host.
 */
package io.tributary.ops;

/**
 * The operator's view and housekeeping: the status report ({@code status}, {@code /status} with
 * inline SVG charts, {@code /api/status}), Prometheus metrics ({@code /metrics}), the daily
 * retention and compaction chore, store backup and restore (also while {@code run} holds the store,
 * through its loopback-only operator endpoint), and {@code check --preview}'s replay of topic rules,
 * skip rules and de-duplication over the stored entries.
 *
 * <p>It reads what the store recorded and what this process counted; it must not poll, tag or
 * render feeds, its pages never load scripts or anything from another host, previews never write
 * to the store, and the operator endpoint never listens beyond loopback or acts without its secret.
 */
package io.tributary.ops;

package io.tributary.pipeline;

/**
 * What one poll of one source did: the line {@code poll} prints and the log records.
 *
 * @param source     the source's name
 * @param status     the source status: {@code ok}, {@code not-modified}, {@code gone},
 *                   {@code rate-limited}, {@code too-large}, {@code timeout}, {@code not-a-feed},
 *                   {@code invalid: ...} or {@code error: ...}
 * @param fresh      entries stored for the first time (new stories)
 * @param updated    stored entries whose text changed
 * @param duplicates entries that joined a story another source already carried
 * @param millis     wall time of the whole poll
 * @param failed     whether the poll failed (nothing could be read)
 */
public record PollReport(String source, String status, int fresh, int updated, int duplicates,
                         long millis, boolean failed) {
}

package io.tributary.store;

import java.time.Instant;

/**
 * One past poll of one source, as {@code poll_history} keeps it (the newest
 * {@link PollHistoryRows#KEPT} per source).
 *
 * @param source     the source's name
 * @param at         when the poll happened
 * @param status     the short status ({@code ok}, {@code not-modified}, {@code timeout}, ...)
 * @param success    whether it counted as a success
 * @param millis     how long it took
 * @param fresh      entries that made new stories
 * @param updated    entries changed in place
 * @param duplicates entries that joined a stored story
 */
public record PollRecord(String source, Instant at, String status, boolean success, long millis,
                         int fresh, int updated, int duplicates) {
}

package io.tributary.store;

/** What a retention run removed. */
public record PruneReport(int stories, int entries) {
}

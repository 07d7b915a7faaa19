package io.tributary.store;

/**
 * What one poll wrote, as {@link PollTransaction#finish} counted it.
 *
 * @param added      entries that made a new story
 * @param updated    entries changed in place
 * @param duplicates entries that joined a story already stored
 * @param unchanged  entries already stored as they are
 */
public record PollCounts(int added, int updated, int duplicates, int unchanged) {
    /** Whether readers will see a difference. */
    public boolean changedEntries() {
        return added + updated + duplicates > 0;
    }
}

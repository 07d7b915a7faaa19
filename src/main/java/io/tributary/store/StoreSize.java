package io.tributary.store;

/** How much the store holds: entries (one per source copy) and stories (what readers see). */
public record StoreSize(long entries, long stories) {
}

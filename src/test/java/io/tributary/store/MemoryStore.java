package io.tributary.store;

import io.tributary.config.StoreSettings;

import java.util.UUID;

/** A fresh, private in-memory HSQLDB for each test. */
final class MemoryStore {
    private MemoryStore() {
    }

    static StoreSettings settings() {
        return new StoreSettings("jdbc:hsqldb:mem:store-test-" + UUID.randomUUID(), "", "");
    }
}

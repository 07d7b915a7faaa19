package io.tributary.dedup;

import java.util.Objects;

/**
 * An entry's identity within its source, with its kind as a prefix: {@code guid:...},
 * {@code link:...} or {@code hash:...}. Two entries of one source with equal keys are the same
 * entry, whatever else changed.
 *
 * @param value the key, at most {@link #MAX_LENGTH} characters
 */
public record IdentityKey(String value) {
    /** Longer keys are hashed by {@link EntryIdentity#of}, so a store can index every key. */
    public static final int MAX_LENGTH = 500;

    public IdentityKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an identity key must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}

package io.tributary.store;

import java.util.Objects;

/**
 * A {@link StoreException} from a place that cannot declare it: the
 * {@link io.tributary.dedup.KnownEntries} lookups of a {@link PollTransaction}, which the
 * de-duplicator calls. Like {@link java.io.UncheckedIOException}, it only carries the cause.
 */
public final class UncheckedStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncheckedStoreException(StoreException cause) {
        super(Objects.requireNonNull(cause).getMessage(), cause);
    }

    @Override
    public synchronized StoreException getCause() {
        return (StoreException) super.getCause();
    }
}

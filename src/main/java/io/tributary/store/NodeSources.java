package io.tributary.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The source list a cluster node started with, as it recorded it in the store.
 *
 * @param node      the node's name ({@code cluster.node})
 * @param hash      a hash of {@code sources}, to compare lists cheaply
 * @param sources   the node's sources, one {@code name<TAB>url} line each, sorted
 * @param startedAt when the node recorded it
 */
public record NodeSources(String node, String hash, String sources, Instant startedAt) {
    public NodeSources {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}

package io.tributary.config;

import java.time.Duration;

/**
 * Scaling out: {@code cluster: { enabled: true, node: node-a, check-in: 20s }}. When enabled,
 * Quartz runs clustered over JDBC in the store's PostgreSQL database.
 *
 * @param enabled whether this node is one of a cluster
 * @param node    this node's name, unique in the cluster (default: the host name)
 * @param checkIn how often nodes check in; a node silent for longer is taken over
 */
public record ClusterSettings(boolean enabled, String node, Duration checkIn) {
    public static final Duration DEFAULT_CHECK_IN = Duration.ofSeconds(20);
}

package io.tributary;

import io.tributary.config.ClusterSettings;
import io.tributary.config.DurationText;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code run}'s cluster options, so that every node can read one shared config file and still
 * have a name of its own: {@code --node} joins the cluster under that name (as
 * {@code cluster: {enabled: true, node: NAME}} would), {@code --check-in} overrides
 * {@code cluster.check-in}.
 */
final class ClusterOptions {
    @Option(names = "--node", paramLabel = "NAME",
            description = "join the cluster as this node (overrides cluster.node and enables clustering)")
    String node;

    @Option(names = "--check-in", paramLabel = "DURATION",
            description = "how often this node checks in with the cluster (overrides cluster.check-in)")
    String checkIn;

    /** The config's cluster settings with the options applied. */
    ClusterSettings apply(ClusterSettings configured) {
        boolean enabled = configured.enabled() || (node != null && !node.isBlank());
        String name = node != null && !node.isBlank() ? node.strip() : configured.node();
        Duration interval = checkIn != null ? DurationText.parse(checkIn) : configured.checkIn();
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("--check-in must be longer than zero");
        }
        return new ClusterSettings(enabled, name, interval);
    }
}

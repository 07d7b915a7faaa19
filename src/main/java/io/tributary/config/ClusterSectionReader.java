package io.tributary.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code cluster:}. Clustering runs Quartz over JDBC in the store's database, which only
 * PostgreSQL can share between machines, so an enabled cluster on any other store is refused.
 */
final class ClusterSectionReader {
    static final List<String> KEYS = List.of("enabled", "node", "check-in");
    static final String FALLBACK_NODE = "node";

    private ClusterSectionReader() {
    }

    static ClusterSettings settings(Optional<Section> cluster, StoreSettings store) {
        if (cluster.isEmpty()) {
            return new ClusterSettings(false, localHostName(), ClusterSettings.DEFAULT_CHECK_IN);
        }
        Section section = cluster.get();
        boolean enabled = section.bool("enabled", false);
        if (enabled && !store.url().startsWith("jdbc:postgresql:")) {
            section.problems().add(section.scalar("enabled").orElseThrow().position(),
                    "a cluster needs a PostgreSQL store (store.url jdbc:postgresql://...)");
        }
        Optional<YamlNode.Scalar> node = section.scalar("node");
        if (node.isPresent() && node.get().text().isBlank()) {
            section.problems().add(node.get().position(), "'cluster.node' must not be empty");
        }
        return new ClusterSettings(enabled,
                node.map(YamlNode.Scalar::text).map(String::strip).filter(name -> !name.isEmpty())
                        .orElseGet(ClusterSectionReader::localHostName),
                section.duration("check-in", ClusterSettings.DEFAULT_CHECK_IN));
    }

    /** This machine's name, the natural default for a node; "node" when it has none to give. */
    static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? FALLBACK_NODE : name;
        } catch (UnknownHostException | SecurityException e) {
            return FALLBACK_NODE;
        }
    }
}

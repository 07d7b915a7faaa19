package io.tributary.schedule;

import io.tributary.config.SourceConfig;
import io.tributary.store.NodeSources;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, when a cluster node starts, that its config lists the same sources as the other
 * nodes': it records its own list in the store and warns, naming the differences, about every
 * node whose last recorded list differs. Jobs are shared, so the node started last decides which
 * sources are polled; a node asked to poll a source it does not know skips it.
 */
public final class SourceListAgreement {
    private static final Logger LOG = LoggerFactory.getLogger(SourceListAgreement.class);
    /** Differences named in one warning at most; the rest are counted. */
    private static final int NAMED = 10;

    private final Store store;

    public SourceListAgreement(Store store) {
        this.store = store;
    }

    /**
     * Records {@code node}'s sources and compares them with every other node's.
     *
     * @return one line per disagreeing node (also logged as a warning); empty when all agree
     */
    public List<String> check(String node, List<SourceConfig> sources, Instant now) throws StoreException {
        Set<String> mine = lines(sources);
        String text = String.join("\n", mine);
        String hash = sha256(text);
        List<String> disagreements = new ArrayList<>();
        for (NodeSources other : store.nodeSources()) {
            if (other.node().equals(node) || other.hash().equals(hash)) {
                continue;
            }
            Set<String> theirs = new LinkedHashSet<>(other.sources().lines().filter(l -> !l.isEmpty())
                    .collect(Collectors.toList()));
            String line = "cluster: node " + node + " and node " + other.node() + " (started " + other.startedAt()
                    + ") list different sources; only here: " + named(minus(mine, theirs))
                    + "; only there: " + named(minus(theirs, mine))
                    + ". Give every node the same config: the node started last decides what is polled.";
            LOG.warn(line);
            disagreements.add(line);
        }
        store.recordNodeSources(new NodeSources(node, hash, text, now));
        return disagreements;
    }

    /** {@code name<TAB>url}, sorted, so that the same sources in any order give the same text. */
    private static Set<String> lines(List<SourceConfig> sources) {
        return sources.stream().map(s -> s.name() + "\t" + s.url()).sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(line -> !b.contains(line)).collect(Collectors.toList());
    }

    private static String named(List<String> lines) {
        if (lines.isEmpty()) {
            return "none";
        }
        String shown = lines.stream().limit(NAMED).map(l -> l.replace("\t", " <") + ">")
                .collect(Collectors.joining(", "));
        return lines.size() > NAMED ? shown + " and " + (lines.size() - NAMED) + " more" : shown;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

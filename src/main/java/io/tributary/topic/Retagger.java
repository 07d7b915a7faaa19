package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.store.Store;
import io.tributary.store.StoreException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes topic feeds follow changed rules at once: when the topic rules (or the sources' topics and
 * category mappings) differ from those the store last tagged with, the entries of every story
 * still published ({@code publish.entries} per feed) are tagged again under the new rules, in one
 * transaction. Called when a config is opened, and again when an edited config is loaded.
 */
public final class Retagger {
    private final Tagger tagger;
    private final Map<String, SourceConfig> sources = new HashMap<>();
    private final int storiesPerFeed;
    private final String rulesFingerprint;

    public Retagger(Config config) {
        this.tagger = new Tagger(config.topics());
        config.sources().forEach(source -> sources.put(source.name(), source));
        this.storiesPerFeed = config.publish().entries();
        this.rulesFingerprint = fingerprint(config);
    }

    /**
     * Re-tags the published entries if the rules changed since the store last saw them.
     *
     * @return how many entries got other topics; -1 when the rules had not changed
     */
    public int retag(Store store) throws StoreException {
        return store.retag(rulesFingerprint, storiesPerFeed, (sourceName, title, summary, text, categories) -> {
            CleanEntry entry = new CleanEntry(Optional.empty(), Optional.empty(), title, "", summary, text,
                    Optional.empty(), Optional.empty(), Optional.empty(), categories);
            return tagger.tag(entry, sources.getOrDefault(sourceName, removedSource(sourceName)));
        });
    }

    /** A source no longer configured keeps only what its entries' words earn them. */
    private static SourceConfig removedSource(String name) {
        return new SourceConfig(name, URI.create("https://removed.invalid/"), List.of(), Duration.ofMinutes(15));
    }

    /**
     * SHA-256 over everything tagging depends on, in a fixed order: every rule and, per source,
     * its topics and category mapping.
     */
    static String fingerprint(Config config) {
        StringBuilder rules = new StringBuilder("rules-v1\n");
        for (TopicRule rule : config.topics()) {
            rules.append(List.of(rule.name(), rule.keywords(), rule.require(), rule.exclude(), rule.patterns(),
                    rule.sources())).append('\n');
        }
        for (SourceConfig source : config.sources()) {
            rules.append(List.of(source.name(), source.topics(), new TreeMap<>(source.categories()))).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rules.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}

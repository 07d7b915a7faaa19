package io.tributary.publish;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything Tributary publishes at one moment, keyed by URL path ({@code /},
 * {@code /feeds/all.atom}, {@code /feeds/topics/<name>.atom}). Immutable, so the server can
 * swap in a new site while requests are reading the old one.
 */
public final class PublishedSite {
    public static final String INDEX = "/";
    public static final String ALL_FEED = "/feeds/all.atom";
    private static final String TOPIC_FEEDS = "/feeds/topics/";

    private final Map<String, PublishedFile> files;

    public PublishedSite(Map<String, PublishedFile> files) {
        // Sorted so listings and exports come out in the same order every time.
        TreeMap<String, PublishedFile> sorted = new TreeMap<>();
        files.forEach((path, file) -> sorted.put(Objects.requireNonNull(path),
                Objects.requireNonNull(file)));
        this.files = Collections.unmodifiableMap(sorted);
    }

    /** A site with nothing in it, to serve before the first render. */
    public static PublishedSite empty() {
        return new PublishedSite(Map.of());
    }

    /** The URL path of a topic's feed. */
    public static String topicFeed(String topicName) {
        return TOPIC_FEEDS + topicName + ".atom";
    }

    /** The file served at exactly {@code path}, if there is one. */
    public Optional<PublishedFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every file by path, sorted by path. */
    public Map<String, PublishedFile> files() {
        return files;
    }
}

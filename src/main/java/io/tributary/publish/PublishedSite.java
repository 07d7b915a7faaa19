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
    public static final String ALL_JSON = "/feeds/all.json";
    public static final String SOURCES_OPML = "/feeds/sources.opml";
    public static final String TOPICS_OPML = "/feeds/topics.opml";
    private static final String TOPIC_FEEDS = "/feeds/topics/";
    private static final String TOPIC_PAGES = "/topics/";

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

    /** The URL path of a topic's JSON Feed. */
    public static String topicJson(String topicName) {
        return TOPIC_FEEDS + topicName + ".json";
    }

    /** The URL path of a topic's HTML page. */
    public static String topicPage(String topicName) {
        return TOPIC_PAGES + topicName;
    }

    /**
     * The URL path of archive page {@code page} (0 holds the oldest stories) of the merged feed,
     * or of a topic's feed when one is given.
     */
    public static String archivePage(java.util.Optional<String> topic, long page) {
        return archiveFolder(topic) + page + ".atom";
    }

    /** The folder of the archive pages of the merged feed, or of a topic's feed. */
    static String archiveFolder(java.util.Optional<String> topic) {
        return topic.map(name -> TOPIC_FEEDS + name + "/archive/").orElse("/feeds/archive/");
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

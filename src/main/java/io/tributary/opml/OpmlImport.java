package io.tributary.opml;

import io.tributary.clean.UrlNormalizer;
import io.tributary.config.Config;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides what an OPML import adds to a config: each feed not configured yet (by normalized URL),
 * with a unique name and the topics its OPML categories name (matched to existing topics by name
 * or label, any case), plus any topic the operator gave.
 */
public final class OpmlImport {
    /** What to add and what was left out, and why. */
    public record Plan(List<NewSource> added, List<String> skipped) {
        public Plan {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    /** One source to write. */
    public record NewSource(String name, String url, List<String> topics) {
        public NewSource {
            topics = List.copyOf(topics);
        }
    }

    public Plan plan(Config config, List<OpmlFeed> feeds, Optional<String> extraTopic) {
        Set<String> knownUrls = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceConfig source : config.sources()) {
            knownUrls.add(key(source.url().toString()));
            names.add(source.name().toLowerCase(Locale.ROOT));
        }
        Map<String, String> topicByWord = new TreeMap<>();
        for (TopicRule topic : config.topics()) {
            topicByWord.put(topic.name().toLowerCase(Locale.ROOT), topic.name());
            topicByWord.put(topic.label().toLowerCase(Locale.ROOT), topic.name());
        }
        List<NewSource> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (OpmlFeed feed : feeds) {
            Optional<String> problem = unusable(feed.xmlUrl());
            if (problem.isPresent()) {
                skipped.add(feed.xmlUrl() + ": " + problem.get());
                continue;
            }
            if (!knownUrls.add(key(feed.xmlUrl()))) {
                skipped.add(feed.xmlUrl() + ": already configured");
                continue;
            }
            Set<String> topics = new LinkedHashSet<>();
            for (String category : feed.categories()) {
                Optional.ofNullable(topicByWord.get(category.toLowerCase(Locale.ROOT))).ifPresent(topics::add);
            }
            extraTopic.ifPresent(topics::add);
            added.add(new NewSource(uniqueName(feed, names), feed.xmlUrl(), new ArrayList<>(topics)));
        }
        return new Plan(added, skipped);
    }

    private static Optional<String> unusable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("not an http(s) URL");
            }
            return uri.getHost() == null ? Optional.of("no host") : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of("malformed URL");
        }
    }

    private static String key(String url) {
        return UrlNormalizer.normalize(url).orElse(url);
    }

    private static String uniqueName(OpmlFeed feed, Set<String> taken) {
        String base = feed.title().isBlank() ? URI.create(feed.xmlUrl()).getHost() : feed.title().strip();
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }
}

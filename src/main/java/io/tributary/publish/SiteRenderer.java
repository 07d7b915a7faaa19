package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.TopicRule;
import io.tributary.store.PublishedStory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders the whole published site from the store's stories: the merged feed, one feed per
 * configured topic (present even while empty, so subscriptions never break) and the index page.
 * Called once per store change; requests are then served from the result.
 */
public final class SiteRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(SiteRenderer.class);
    /** What the config allows in a topic name; checked again because it becomes a path. */
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** The feed of entries with no topic, when {@code publish.uncategorized} asks for it. */
    static final String UNCATEGORIZED = "uncategorized";

    private final AtomFeedWriter atom;
    private final IndexPage index;

    public SiteRenderer(AtomFeedWriter atom, IndexPage index) {
        this.atom = atom;
        this.index = index;
    }

    public SiteRenderer() {
        this(new AtomFeedWriter(), new IndexPage());
    }

    public PublishedSite render(Config config, StorySource stories, Instant now) {
        int limit = config.publish().entries();
        Map<String, String> labels = labels(config);
        Map<String, PublishedFile> files = new LinkedHashMap<>();

        List<PublishedStory> latest = stories.latest(limit, Optional.empty());
        files.put(PublishedSite.ALL_FEED, feed(config, PublishedSite.ALL_FEED, config.title(),
                labels, latest, now));
        for (TopicRule topic : config.topics()) {
            if (!TOPIC_NAME.matcher(topic.name()).matches()) {
                LOG.warn("publish: topic name {} is not usable in a URL, its feed is skipped",
                        topic.name());
                continue;
            }
            String path = PublishedSite.topicFeed(topic.name());
            files.put(path, feed(config, path, config.title() + ": " + topic.label(), labels,
                    stories.latest(limit, Optional.of(topic.name())), now));
        }
        if (config.publish().uncategorized() && config.topic(UNCATEGORIZED).isEmpty()) {
            String path = PublishedSite.topicFeed(UNCATEGORIZED);
            files.put(path, feed(config, path, config.title() + ": Uncategorized", labels,
                    stories.uncategorized(limit), now));
        }
        byte[] page = index.render(config, latest, stories.topicCounts());
        files.put(PublishedSite.INDEX, PublishedFile.of(page, PublishedFile.HTML,
                lastChange(latest, now)));
        return new PublishedSite(files);
    }

    private PublishedFile feed(Config config, String path, String title,
                               Map<String, String> labels, List<PublishedStory> stories,
                               Instant now) {
        URI self = url(config, path);
        Instant updated = lastChange(stories, now);
        FeedDocument doc = new FeedDocument(self.toString(), title, self, url(config, "/"),
                updated, config.title(), url(config, "/topics/"), labels, stories);
        return PublishedFile.of(atom.write(doc), PublishedFile.ATOM, updated);
    }

    private static Map<String, String> labels(Config config) {
        Map<String, String> labels = new LinkedHashMap<>();
        config.topics().forEach(topic -> labels.put(topic.name(), topic.label()));
        return labels;
    }

    /** The newest story's update, or {@code now} for a feed with no story yet. */
    private static Instant lastChange(List<PublishedStory> stories, Instant now) {
        return stories.stream().map(PublishedStory::updated).max(Comparator.naturalOrder())
                .orElse(now);
    }

    /** {@code base-url} has no trailing slash (the config guarantees it), paths start with one. */
    private static URI url(Config config, String path) {
        return URI.create(config.baseUrl() + path);
    }
}

package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.TopicRule;
import io.tributary.store.PublishedStory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
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
    private final JsonFeedWriter json = new JsonFeedWriter();
    private final OpmlWriter opml = new OpmlWriter();
    private final ArchivePages archives;

    public SiteRenderer(AtomFeedWriter atom, IndexPage index) {
        this.atom = atom;
        this.index = index;
        this.archives = new ArchivePages(atom);
    }

    public SiteRenderer() {
        this(new AtomFeedWriter(), new IndexPage());
    }

    /**
     * Renders every file. Keep one renderer per config: it keeps complete archive pages between
     * renders, so only what changed is rendered again.
     */
    public PublishedSite render(Config config, StorySource stories, Instant now) {
        int limit = config.publish().entries();
        Map<String, String> labels = labels(config);
        Map<String, PublishedFile> files = new LinkedHashMap<>();

        List<PublishedStory> latest = stories.latest(limit, Optional.empty());
        feeds(config, Optional.empty(), config.title(), labels, latest, stories, now, files);
        List<TopicRule> published = new ArrayList<>();
        Map<String, Long> counts = stories.topicCounts();
        for (TopicRule topic : config.topics()) {
            if (!TOPIC_NAME.matcher(topic.name()).matches()) {
                LOG.warn("publish: topic name {} is not usable in a URL, its feed is skipped",
                        topic.name());
                continue;
            }
            published.add(topic);
            List<PublishedStory> topicStories = stories.latest(limit, Optional.of(topic.name()));
            feeds(config, Optional.of(topic.name()), config.title() + ": " + topic.label(), labels,
                    topicStories, stories, now, files);
            files.put(PublishedSite.topicPage(topic.name()), PublishedFile.of(
                    index.renderTopic(config, topic, topicStories, counts), PublishedFile.HTML,
                    lastChange(topicStories, now)));
        }
        if (config.publish().uncategorized() && config.topic(UNCATEGORIZED).isEmpty()) {
            // entries with no topic get a feed of their own only when the operator asks for it
            String path = PublishedSite.topicFeed(UNCATEGORIZED);
            List<PublishedStory> loose = stories.uncategorized(limit);
            URI self = url(config, path);
            Instant updated = lastChange(loose, now);
            FeedDocument doc = new FeedDocument(self.toString(), config.title() + ": Uncategorized", self,
                    url(config, PublishedSite.INDEX), updated, config.title(), url(config, "/topics/"), labels,
                    loose, FeedHead.of(config.publish()), List.of(), false);
            files.put(path, PublishedFile.of(atom.write(doc), PublishedFile.ATOM, updated));
        }
        byte[] page = index.render(config, latest, counts);
        files.put(PublishedSite.INDEX, PublishedFile.of(page, PublishedFile.HTML,
                lastChange(latest, now)));
        Instant changed = lastChange(latest, now);
        files.put(PublishedSite.SOURCES_OPML, PublishedFile.of(opml.sources(config, changed),
                PublishedFile.OPML, changed));
        files.put(PublishedSite.TOPICS_OPML, PublishedFile.of(opml.topics(config, published, changed),
                PublishedFile.OPML, changed));
        return new PublishedSite(files);
    }

    /** One feed's current page in Atom and JSON Feed, and its archive pages. */
    private void feeds(Config config, Optional<String> topic, String title, Map<String, String> labels,
                       List<PublishedStory> latest, StorySource stories, Instant now,
                       Map<String, PublishedFile> files) {
        String atomPath = topic.map(PublishedSite::topicFeed).orElse(PublishedSite.ALL_FEED);
        String jsonPath = topic.map(PublishedSite::topicJson).orElse(PublishedSite.ALL_JSON);
        String pagePath = topic.map(PublishedSite::topicPage).orElse(PublishedSite.INDEX);
        URI self = url(config, atomPath);
        Instant updated = lastChange(latest, now);
        FeedDocument plain = new FeedDocument(self.toString(), title, self, url(config, pagePath), updated,
                config.title(), url(config, "/topics/"), labels, latest, FeedHead.of(config.publish()),
                List.of(), false);
        List<FeedLink> links = new ArrayList<>();
        links.add(new FeedLink("alternate", url(config, jsonPath), Optional.of("application/feed+json")));
        links.addAll(archives.render(plain, topic, config.publish().entries(), stories,
                path -> url(config, path), files));
        FeedDocument doc = new FeedDocument(plain.id(), title, self, plain.alternateUrl(), updated,
                plain.authorName(), plain.categoryScheme(), labels, latest, plain.head(), links, false);
        files.put(atomPath, PublishedFile.of(atom.write(doc), PublishedFile.ATOM, updated));
        files.put(jsonPath, PublishedFile.of(json.write(doc.servedAt(url(config, jsonPath))),
                PublishedFile.JSON_FEED, updated));
    }

    private static Map<String, String> labels(Config config) {
        Map<String, String> labels = new LinkedHashMap<>();
        config.topics().forEach(topic -> labels.put(topic.name(), topic.label()));
        return labels;
    }

    /** The newest story's update, or {@code now} for a feed with no story yet. */
    static Instant lastChange(List<PublishedStory> stories, Instant now) {
        return stories.stream().map(PublishedStory::updated).max(Comparator.naturalOrder())
                .orElse(now);
    }

    /** {@code base-url} has no trailing slash (the config guarantees it), paths start with one. */
    private static URI url(Config config, String path) {
        return URI.create(config.baseUrl() + path);
    }
}

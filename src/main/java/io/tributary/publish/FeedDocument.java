package io.tributary.publish;

import io.tributary.store.PublishedStory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one Atom feed says, ready for {@link AtomFeedWriter#write}.
 *
 * @param id             the feed's permanent {@code atom:id}
 * @param title          plain text
 * @param selfUrl        where this feed is served ({@code rel="self"})
 * @param alternateUrl   the HTML page that presents it ({@code rel="alternate"})
 * @param updated        when the feed last changed
 * @param authorName     the feed's author, which stands in for entries that name none
 * @param categoryScheme the {@code scheme} of every topic category
 * @param topicLabels    readable label per topic name; a topic missing here shows its name
 * @param stories        the entries, in the order they are to appear (newest first)
 * @param head           subtitle, icon, logo and WebSub hubs
 * @param links          links to other pages of this feed and to its other formats
 * @param archive        a complete archive page that will not change (RFC 5005 {@code fh:archive})
 */
public record FeedDocument(
        String id,
        String title,
        URI selfUrl,
        URI alternateUrl,
        Instant updated,
        String authorName,
        URI categoryScheme,
        Map<String, String> topicLabels,
        List<PublishedStory> stories,
        FeedHead head,
        List<FeedLink> links,
        boolean archive) {

    public FeedDocument {
        topicLabels = Map.copyOf(topicLabels);
        stories = List.copyOf(stories);
        links = List.copyOf(links);
    }

    /** A feed with no subtitle, images, hubs or page links. */
    public FeedDocument(String id, String title, URI selfUrl, URI alternateUrl, Instant updated,
                        String authorName, URI categoryScheme, Map<String, String> topicLabels,
                        List<PublishedStory> stories) {
        this(id, title, selfUrl, alternateUrl, updated, authorName, categoryScheme, topicLabels,
                stories, FeedHead.NONE, List.of(), false);
    }

    /** The same feed as served at {@code url}, such as its JSON Feed twin. */
    public FeedDocument servedAt(URI url) {
        return new FeedDocument(id, title, url, alternateUrl, updated, authorName, categoryScheme,
                topicLabels, stories, head, links, archive);
    }

    /** The label readers see for {@code topic}. */
    public String label(String topic) {
        return topicLabels.getOrDefault(topic, topic);
    }
}

package io.tributary.publish;

import io.tributary.config.Config;
import io.tributary.config.TopicRule;
import io.tributary.store.Carrier;
import io.tributary.store.PublishedStory;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTML front page: what this Tributary publishes and the latest stories. A self-contained
 * HTML5 document (inline CSS, no script, no external asset), so it works as a static file too.
 *
 * <p>Built with jsoup's node API: every title, name and summary is set as text or attribute
 * value and escaped by jsoup on output, never pasted into markup.
 */
public final class IndexPage {
    private static final String STYLE = String.join("\n",
            "body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;"
                    + "color:#222;background:#fff}",
            "h1{margin-bottom:.25rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}",
            "a{color:#0645ad}ul.topics{padding-left:1.2rem}.count{color:#666}",
            "article{margin:1.25rem 0}article h3{margin:0 0 .25rem;font-size:1.1rem}",
            ".meta{color:#666;font-size:.9rem;margin:0}footer{color:#888;font-size:.85rem;"
                    + "margin-top:3rem}");
    // The page runs no script and loads nothing: say so to the browser as well, so a title that
    // somehow slipped past escaping still could not run.
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String version = TributaryVersion.current();

    /**
     * @param config      title, base URL and topics
     * @param stories     the latest stories, newest first
     * @param topicCounts stories per topic name
     */
    public byte[] render(Config config, List<PublishedStory> stories, Map<String, Long> topicCounts) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        page.prependChild(new DocumentType("html", "", ""));
        page.child(0).attr("lang", "en");
        head(page.head(), config);
        Element body = page.body();
        body.appendElement("h1").text(clean(config.title()));
        Element subscribe = body.appendElement("p");
        subscribe.appendElement("a").attr("href", feedUrl(config, PublishedSite.ALL_FEED))
                .text("Subscribe to every story");
        subscribe.appendText(" (Atom feed)");
        topics(body, config, topicCounts);
        latest(body, config, stories);
        body.appendElement("footer").text("Published by Tributary " + version);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private void head(Element head, Config config) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", POLICY);
        head.appendElement("title").text(clean(config.title()));
        alternate(head, clean(config.title()), feedUrl(config, PublishedSite.ALL_FEED));
        for (TopicRule topic : config.topics()) {
            alternate(head, clean(config.title() + ": " + topic.label()),
                    feedUrl(config, PublishedSite.topicFeed(topic.name())));
        }
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    /** Feed autodiscovery, as feed readers and browsers look for it. */
    private void alternate(Element head, String title, String href) {
        head.appendElement("link").attr("rel", "alternate")
                .attr("type", "application/atom+xml").attr("title", title).attr("href", href);
    }

    private void topics(Element body, Config config, Map<String, Long> topicCounts) {
        if (config.topics().isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Topics");
        Element list = body.appendElement("ul").addClass("topics");
        for (TopicRule topic : config.topics()) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", feedUrl(config, PublishedSite.topicFeed(topic.name())))
                    .text(clean(topic.label()));
            long count = topicCounts.getOrDefault(topic.name(), 0L);
            item.appendText(" ");
            item.appendElement("span").addClass("count")
                    .text(count + (count == 1 ? " story" : " stories"));
        }
    }

    private void latest(Element body, Config config, List<PublishedStory> stories) {
        body.appendElement("h2").text("Latest stories");
        if (stories.isEmpty()) {
            body.appendElement("p").text("Nothing published yet.");
        }
        for (PublishedStory story : stories) {
            Element article = body.appendElement("article");
            Element heading = article.appendElement("h3");
            Optional<String> link = SafeLink.of(story.link());
            if (link.isPresent()) {
                heading.appendElement("a").attr("href", link.get()).text(clean(story.title()));
            } else {
                heading.text(clean(story.title()));
            }
            article.appendElement("p").addClass("meta").text(meta(config, story));
            if (!story.summary().isBlank()) {
                article.appendElement("p").text(clean(story.summary()));
            }
        }
    }

    /** "Source A, also Source B · 2024-05-01 13:00 UTC · Topic X, Topic Y". */
    private static String meta(Config config, PublishedStory story) {
        List<Carrier> carriers = story.carriers();
        StringBuilder meta = new StringBuilder();
        if (!carriers.isEmpty()) {
            meta.append(carriers.get(0).sourceName());
            if (carriers.size() > 1) {
                meta.append(", also ").append(carriers.subList(1, carriers.size()).stream()
                        .map(Carrier::sourceName).collect(Collectors.joining(", ")));
            }
            meta.append(" · ");
        }
        meta.append(when(story.published()));
        if (!story.topics().isEmpty()) {
            meta.append(" · ").append(story.topics().stream()
                    .map(name -> config.topic(name).map(TopicRule::label).orElse(name))
                    .collect(Collectors.joining(", ")));
        }
        return clean(meta.toString());
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }

    private static String feedUrl(Config config, String path) {
        return config.baseUrl() + path;
    }

    private static String clean(String text) {
        return XmlText.legal(text);
    }
}

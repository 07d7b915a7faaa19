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

/**
 * The HTML pages: the front page (what this Tributary publishes, the topics with their story
 * counts and subscribe buttons, the latest stories) and one page per topic. Self-contained HTML5
 * documents (inline CSS, no script, no external asset), so they work with JavaScript off and as
 * static files too, and a narrow viewport, so they read on a phone.
 *
 * <p>Built with jsoup's node API: every title, name and summary is set as text or attribute
 * value and escaped by jsoup on output, never pasted into markup.
 */
public final class IndexPage {
    private static final String STYLE = String.join("\n",
            "body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;"
                    + "color:#222;background:#fff;overflow-wrap:anywhere}",
            "h1{margin-bottom:.25rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}",
            "a{color:#0645ad}ul.topics{list-style:none;padding:0}ul.topics li{margin:.5rem 0}",
            ".count{color:#666}.subscribe{display:flex;flex-wrap:wrap;gap:.4rem;margin:.25rem 0}",
            "a.button{display:inline-block;padding:.2rem .6rem;border:1px solid #0645ad;"
                    + "border-radius:.3rem;text-decoration:none;font-size:.9rem}",
            "article{margin:1.25rem 0}article h3{margin:0 0 .25rem;font-size:1.1rem}",
            ".meta{color:#666;font-size:.9rem;margin:0}footer{color:#888;font-size:.85rem;"
                    + "margin-top:3rem}");
    /**
     * The page runs no script and loads nothing: say so to the browser as well, so a title that
     * somehow slipped past escaping still could not run. Only this exact stylesheet may apply.
     */
    public static final PagePolicy POLICY = new PagePolicy(STYLE);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String ATOM_TYPE = "application/atom+xml";
    private static final String JSON_TYPE = "application/feed+json";

    private final String version = TributaryVersion.current();

    /**
     * The front page.
     *
     * @param config      title, base URL and topics
     * @param stories     the latest stories, newest first
     * @param topicCounts stories per topic name
     */
    public byte[] render(Config config, List<PublishedStory> stories, Map<String, Long> topicCounts) {
        Document page = shell(config, clean(config.title()));
        Element head = page.head();
        alternate(head, ATOM_TYPE, clean(config.title()), url(config, PublishedSite.ALL_FEED));
        alternate(head, JSON_TYPE, clean(config.title()), url(config, PublishedSite.ALL_JSON));
        for (TopicRule topic : config.topics()) {
            alternate(head, ATOM_TYPE, clean(config.title() + ": " + topic.label()),
                    url(config, PublishedSite.topicFeed(topic.name())));
        }
        Element body = page.body();
        body.appendElement("h1").text(clean(config.title()));
        config.publish().subtitle().ifPresent(subtitle -> body.appendElement("p").text(clean(subtitle)));
        Element subscribe = buttons(body, config, PublishedSite.ALL_FEED, PublishedSite.ALL_JSON, "every story");
        subscribe.appendText(" ");
        subscribe.appendElement("a").addClass("button").attr("href", url(config, PublishedSite.TOPICS_OPML))
                .attr("type", "text/x-opml").text("OPML: all topics");
        topics(body, config, topicCounts);
        latest(body, config, stories, "Latest stories");
        footer(body);
        return bytes(page);
    }

    /** The page of one topic: its subscribe buttons and its latest stories. */
    public byte[] renderTopic(Config config, TopicRule topic, List<PublishedStory> stories,
                              Map<String, Long> topicCounts) {
        String title = clean(config.title() + ": " + topic.label());
        Document page = shell(config, title);
        alternate(page.head(), ATOM_TYPE, title, url(config, PublishedSite.topicFeed(topic.name())));
        alternate(page.head(), JSON_TYPE, title, url(config, PublishedSite.topicJson(topic.name())));
        Element body = page.body();
        body.appendElement("p").appendElement("a").attr("href", url(config, PublishedSite.INDEX))
                .text("← " + clean(config.title()));
        body.appendElement("h1").text(clean(topic.label()));
        long count = topicCounts.getOrDefault(topic.name(), 0L);
        body.appendElement("p").addClass("count").text(stories(count));
        buttons(body, config, PublishedSite.topicFeed(topic.name()), PublishedSite.topicJson(topic.name()),
                clean(topic.label()));
        latest(body, config, stories, "Latest stories");
        footer(body);
        return bytes(page);
    }

    private Document shell(Config config, String title) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        page.prependChild(new DocumentType("html", "", ""));
        page.child(0).attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", POLICY.inMeta());
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(STYLE));
        return page;
    }

    /** Feed autodiscovery, as feed readers and browsers look for it. */
    private static void alternate(Element head, String type, String title, String href) {
        head.appendElement("link").attr("rel", "alternate").attr("type", type).attr("title", title)
                .attr("href", href);
    }

    /** The Atom and JSON Feed buttons of one feed. */
    private static Element buttons(Element parent, Config config, String atomPath, String jsonPath, String what) {
        Element row = parent.appendElement("p").addClass("subscribe");
        row.appendElement("a").addClass("button").attr("href", url(config, atomPath)).attr("type", ATOM_TYPE)
                .attr("title", "Atom feed of " + what).text("Atom");
        row.appendText(" "); // keeps the buttons apart in a browser without CSS
        row.appendElement("a").addClass("button").attr("href", url(config, jsonPath)).attr("type", JSON_TYPE)
                .attr("title", "JSON Feed of " + what).text("JSON Feed");
        return row;
    }

    private static void topics(Element body, Config config, Map<String, Long> topicCounts) {
        if (config.topics().isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Topics");
        Element list = body.appendElement("ul").addClass("topics");
        for (TopicRule topic : config.topics()) {
            Element item = list.appendElement("li");
            item.appendElement("a").addClass("topic").attr("href", url(config, PublishedSite.topicPage(topic.name())))
                    .text(clean(topic.label()));
            item.appendText(" ");
            item.appendElement("span").addClass("count")
                    .text(stories(topicCounts.getOrDefault(topic.name(), 0L)));
            buttons(item, config, PublishedSite.topicFeed(topic.name()), PublishedSite.topicJson(topic.name()),
                    clean(topic.label()));
        }
    }

    private static void latest(Element body, Config config, List<PublishedStory> stories, String heading) {
        body.appendElement("h2").text(heading);
        if (stories.isEmpty()) {
            body.appendElement("p").text("Nothing published yet.");
        }
        for (PublishedStory story : stories) {
            Element article = body.appendElement("article");
            Element title = article.appendElement("h3");
            Optional<String> link = SafeLink.of(story.link());
            if (link.isPresent()) {
                title.appendElement("a").attr("href", link.get()).text(clean(story.title()));
            } else {
                title.text(clean(story.title()));
            }
            meta(article.appendElement("p").addClass("meta"), config, story);
            if (!story.summary().isBlank()) {
                article.appendElement("p").text(clean(story.summary()));
            }
        }
    }

    /** "Source A, also Source B · 2024-05-01 13:00 UTC · Topic X, Topic Y", topics linked. */
    private static void meta(Element meta, Config config, PublishedStory story) {
        List<Carrier> carriers = story.carriers();
        for (int i = 0; i < carriers.size(); i++) {
            meta.appendText(i == 0 ? "" : i == 1 ? ", also " : ", ");
            meta.appendElement("span").addClass("source").text(clean(carriers.get(i).sourceName()));
        }
        meta.appendText((carriers.isEmpty() ? "" : " · ") + when(story.published()));
        for (int i = 0; i < story.topics().size(); i++) {
            String name = story.topics().get(i);
            meta.appendText(i == 0 ? " · " : ", ");
            Optional<TopicRule> rule = config.topic(name);
            String label = clean(rule.map(TopicRule::label).orElse(name));
            if (rule.isPresent()) {
                meta.appendElement("a").addClass("topic").attr("href", url(config, PublishedSite.topicPage(name)))
                        .text(label);
            } else {
                meta.appendText(label);
            }
        }
    }

    private void footer(Element body) {
        body.appendElement("footer").text("Published by Tributary " + version);
    }

    private static byte[] bytes(Document page) {
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static String stories(long count) {
        return count + (count == 1 ? " story" : " stories");
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }

    private static String url(Config config, String path) {
        return config.baseUrl() + path;
    }

    private static String clean(String text) {
        return XmlText.legal(text);
    }
}

package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.NOON;
import static io.tributary.publish.Stories.carrier;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.store.PublishedStory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

class IndexPageTest {
    private static final Config CONFIG = config("Tributary river", 100,
            topic("climate", "Climate & weather"), topic("rivers", "Rivers"));
    private final IndexPage page = new IndexPage();

    private static PublishedStory flood() {
        return story("flood", "River floods the lower town", NOON, List.of("climate"),
                carrier("River Desk", "https://river-desk.example/flood"),
                carrier("Valley Post", "https://valley-post.example/flood"));
    }

    private Document render(List<PublishedStory> stories) {
        byte[] html = page.render(CONFIG, stories, Map.of("climate", 3L));
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private String renderSource(PublishedStory story) {
        return new String(page.render(CONFIG, List.of(story), Map.of()), StandardCharsets.UTF_8);
    }

    @Test
    void announcesTheMergedFeedAndEveryTopicFeedForAutodiscovery() {
        Document doc = render(List.of());

        assertThat(doc.head().select("link[rel=alternate][type=application/atom+xml]"))
                .extracting(link -> link.attr("href"))
                .containsExactly("http://feeds.tributary.example/feeds/all.atom",
                        "http://feeds.tributary.example/feeds/topics/climate.atom",
                        "http://feeds.tributary.example/feeds/topics/rivers.atom");
        assertThat(doc.head().select("link[rel=alternate][type=application/atom+xml]"))
                .extracting(link -> link.attr("title"))
                .containsExactly("Tributary river", "Tributary river: Climate & weather",
                        "Tributary river: Rivers");
        assertThat(doc.head().select("link[rel=alternate][type=application/feed+json]"))
                .extracting(link -> link.attr("href"))
                .containsExactly("http://feeds.tributary.example/feeds/all.json");
    }

    @Test
    void isAnHtml5PageInUtf8WithAViewport() {
        String html = new String(page.render(CONFIG, List.of(), Map.of()), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWithIgnoringCase("<!doctype html>");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.title()).isEqualTo("Tributary river");
    }

    @Test
    void hasNoScriptAndLoadsNothingFromElsewhere() {
        Document doc = render(List.of(flood()));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("link[rel=stylesheet]")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
    }

    @Test
    void listsTopicsWithTheirCountsAndSubscribeLinks() {
        Document doc = render(List.of());

        List<Element> items = doc.select("ul.topics li");
        assertThat(items).extracting(Element::text)
                .containsExactly("Climate & weather 3 stories Atom JSON Feed",
                        "Rivers 0 stories Atom JSON Feed");
        assertThat(items.get(0).selectFirst("a").attr("href"))
                .isEqualTo("http://feeds.tributary.example/topics/climate");
        assertThat(items.get(0).select("a.button")).extracting(a -> a.attr("href"))
                .containsExactly("http://feeds.tributary.example/feeds/topics/climate.atom",
                        "http://feeds.tributary.example/feeds/topics/climate.json");
    }

    @Test
    void showsEachStoryLinkedToTheOriginalWithSourcesTopicsAndSummary() {
        Element article = render(List.of(flood())).selectFirst("article");

        Element title = article.selectFirst("h3 a");
        assertThat(title.text()).isEqualTo("River floods the lower town");
        assertThat(title.attr("href")).isEqualTo("https://river-desk.example/flood");
        assertThat(article.selectFirst(".meta").text())
                .isEqualTo("River Desk, also Valley Post · 2025-03-14 11:00 UTC · Climate & weather");
        assertThat(article.select("p").last().text()).isEqualTo("Summary of flood.");
    }

    @Test
    void hostileTitleIsShownAsTextAndNeverBecomesMarkup() {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        PublishedStory story = Stories.withTitle(flood(), hostile);

        String html = renderSource(story);
        Document doc = Jsoup.parse(html);

        assertThat(doc.selectFirst("article h3").text()).isEqualTo(hostile);
        assertThat(doc.select("script, img, [onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>", "<img");
    }

    @Test
    void hostileSourceNameAndConfigTitleAreEscaped() {
        Config config = config("River <b>bold</b>", 10);
        PublishedStory story = story("s", "Storm", NOON, List.of(),
                carrier("Desk\"><script>x()</script>", "https://desk.example/s"));

        String html = new String(page.render(config, List.of(story), Map.of()),
                StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("script, b")).isEmpty();
        assertThat(Jsoup.parse(html).title()).isEqualTo("River <b>bold</b>");
    }

    @Test
    void scriptLinkIsShownAsPlainTitleWithoutALink() {
        PublishedStory story = Stories.withLink(flood(), "javascript:alert(1)");

        Element heading = Jsoup.parse(renderSource(story)).selectFirst("article h3");

        assertThat(heading.select("a")).isEmpty();
        assertThat(heading.text()).isEqualTo("River floods the lower town");
    }

    @Test
    void saysSoWhenNothingIsPublishedYet() {
        assertThat(render(List.of()).body().text()).contains("Nothing published yet.");
    }
}

package io.tributary.publish;

import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.Config;
import io.tributary.config.SourceConfig;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class OpmlWriterTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");

    private static Config withSources() {
        Config base = Configs.config(10, topic("climate", "Climate"), topic("rivers", "Rivers"));
        return new Config(base.file(), base.title(), base.baseUrl(), base.server(), base.store(), base.poll(),
                base.publish(), base.topics(), List.of(
                new SourceConfig("Valley Post", URI.create("https://valley.example/rss"),
                        List.of("climate", "rivers"), Duration.ofMinutes(15)),
                new SourceConfig("Local Notes", Path.of("/srv/feeds/notes.xml").toUri(), List.of(),
                        Duration.ofMinutes(15))));
    }

    private static List<Element> outlines(byte[] opml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(opml));
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList nodes = doc.getElementsByTagName("outline");
        List<Element> outlines = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            outlines.add((Element) nodes.item(i));
        }
        return outlines;
    }

    @Test
    void listsEachWebSourceWithItsTopicsAsCategories() throws Exception {
        List<Element> sources = outlines(new OpmlWriter().sources(withSources(), NOW));

        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).getAttribute("xmlUrl")).isEqualTo("https://valley.example/rss");
        assertThat(sources.get(0).getAttribute("text")).isEqualTo("Valley Post");
        assertThat(sources.get(0).getAttribute("category")).isEqualTo("climate,rivers");
    }

    @Test
    void neverPublishesALocalSourcesFilePath() {
        String opml = new String(new OpmlWriter().sources(withSources(), NOW), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(opml).doesNotContain("/srv/feeds").doesNotContain("Local Notes");
    }

    @Test
    void topicListHoldsTheMergedFeedAndEveryTopicFeed() throws Exception {
        PublishedSite site = new SiteRenderer().render(withSources(), new FakeStorySource(List.of()), NOW);
        PublishedFile file = site.file("/feeds/topics.opml").orElseThrow();

        assertThat(file.contentType()).isEqualTo("text/x-opml; charset=utf-8");
        assertThat(outlines(file.body())).extracting(outline -> outline.getAttribute("xmlUrl"))
                .containsExactly(Configs.BASE + "/feeds/all.atom", Configs.BASE + "/feeds/topics/climate.atom",
                        Configs.BASE + "/feeds/topics/rivers.atom");
        assertThat(outlines(file.body()).get(1).getAttribute("htmlUrl")).isEqualTo(Configs.BASE + "/topics/climate");
    }
}

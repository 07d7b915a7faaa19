package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.store.PublishedStory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every title under {@code publish/hostile-titles/} (see the README there) is a case. */
class HostileTitleTest {
    /** C0 controls other than tab, newline and carriage return: XML 1.0 has no way to hold them. */
    private static final String XML_ILLEGAL = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]";

    static Stream<Path> titles() throws Exception {
        Path folder = Path.of(HostileTitleTest.class.getResource("/publish/hostile-titles").toURI());
        return Files.list(folder).filter(file -> file.toString().endsWith(".txt")).sorted();
    }

    private static PublishedStory storyTitled(Path fixture) throws Exception {
        String title = Files.readString(fixture, StandardCharsets.UTF_8).replaceFirst("\n$", "");
        return Stories.withTitle(story("hostile", "x", List.of()), title);
    }

    @ParameterizedTest
    @MethodSource("titles")
    void atomFeedStaysValidAndKeepsTheTitleAsText(Path fixture) throws Exception {
        PublishedStory story = storyTitled(fixture);
        FeedDocument feed = new FeedDocument("urn:test:feed", "Test", URI.create("http://t.example/f"),
                URI.create("http://t.example/"), Stories.NOON, "Test",
                URI.create("http://t.example/topics/"), Map.of(), List.of(story));

        byte[] atom = new AtomFeedWriter().write(feed);

        assertThat(AtomSchema.errors(atom)).isEmpty();
        assertThat(AtomDom.text(AtomDom.parse(atom).entries().get(0), "title"))
                .isEqualTo(story.title().replaceAll(XML_ILLEGAL, ""));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void indexPageShowsTheTitleAsTextOnly(Path fixture) throws Exception {
        PublishedStory story = storyTitled(fixture);

        byte[] html = new IndexPage().render(config(10), List.of(story), Map.of());
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));

        assertThat(page.select("script, img, [onerror], [onmouseover]")).isEmpty();
        assertThat(page.selectFirst("article h3 a").text())
                .isEqualTo(story.title().replaceAll(XML_ILLEGAL, "").replaceAll("\\s+", " ")
                        .strip());
    }
}

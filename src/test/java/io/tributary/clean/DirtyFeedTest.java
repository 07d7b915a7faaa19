package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.parse.FeedParser;
import io.tributary.parse.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parser and the cleaner together on a feed full of the clutter real feeds carry. */
class DirtyFeedTest {
    private CleanEntry entry;

    @BeforeEach
    void parseAndClean() throws IOException, ParseException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/feeds/dirty-content.xml")) {
            body = in.readAllBytes();
        }
        var raw = new FeedParser().parse(body, URI.create("https://clutter.example.com/feed")).entries().get(0);
        entry = new EntryCleaner(new HtmlCleaner()).clean(raw);
    }

    @Test
    void leavesOnlyTheArticle() {
        assertThat(entry.contentHtml()).isEqualTo("<div><p>The council voted for "
                + "<a href=\"https://clutter.example.com/news/bike-map?zoom=3\" rel=\"noopener noreferrer nofollow\">three new lanes</a>"
                + " on the ring road.</p><p><img src=\"https://clutter.example.com/img/lanes.jpg\" alt=\"lane map\"></p>"
                + "<p>click</p></div>");
    }

    @Test
    void makesAPlainTitleAndATrackingFreeLink() {
        assertThat(entry.title()).isEqualTo("Council approves new bike lanes");
        assertThat(entry.link()).contains("https://clutter.example.com/news/bike-lanes?id=7");
        assertThat(entry.guid()).contains("clutter-7781");
    }

    @Test
    void summarizesTheArticleText() {
        assertThat(entry.summary()).isEqualTo("The council voted for three new lanes on the ring road. click");
        assertThat(entry.text()).doesNotContain("tracked", "You May Also Like", "appeared first on");
    }
}

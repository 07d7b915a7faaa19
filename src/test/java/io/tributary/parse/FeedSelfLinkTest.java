package io.tributary.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The feed's own URL, the WebSub topic. */
class FeedSelfLinkTest {
    private static final URI FETCHED = URI.create("https://news.example.org/fetched");
    private final FeedSelfLink selfLink = new FeedSelfLink();

    private URI find(String body) {
        return selfLink.find(body.getBytes(StandardCharsets.UTF_8), FETCHED).orElse(null);
    }

    @Test
    void readsAtomSelfLink() {
        assertThat(find("<feed xmlns='http://www.w3.org/2005/Atom'><link rel='hub' href='https://hub.example.org/'/>"
                + "<link rel='self' href='https://news.example.org/feed.atom'/></feed>"))
                .isEqualTo(URI.create("https://news.example.org/feed.atom"));
    }

    @Test
    void readsRssAtomLinkInTheChannel() {
        assertThat(find("<rss version='2.0' xmlns:atom='http://www.w3.org/2005/Atom'><channel><title>t</title>"
                + "<atom:link rel='self' href='/rss.xml'/></channel></rss>"))
                .isEqualTo(URI.create("https://news.example.org/rss.xml"));
    }

    @Test
    void readsJsonFeedUrl() {
        assertThat(find("{\"version\":\"https://jsonfeed.org/version/1.1\",\"feed_url\":\"https://news.example.org/f.json\"}"))
                .isEqualTo(URI.create("https://news.example.org/f.json"));
    }

    @Test
    void hasNoneWhenTheFeedGivesNone() {
        assertThat(find("<feed xmlns='http://www.w3.org/2005/Atom'><title>none</title></feed>")).isNull();
    }

    @Test
    void ignoresASelfLinkThatIsNotOnTheWeb() {
        assertThat(find("<feed xmlns='http://www.w3.org/2005/Atom'><link rel='self' href='file:///etc/passwd'/></feed>"))
                .isNull();
    }
}

package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlCleanerTest {
    private static final URI BASE = URI.create("https://news.example.org/2024/05/story");
    private final HtmlCleaner cleaner = new HtmlCleaner();

    private String clean(String html) {
        return cleaner.clean(html, BASE);
    }

    @Test
    void dropsScript() {
        assertThat(clean("<p>Kept</p><script>document.cookie</script>")).isEqualTo("<p>Kept</p>");
    }

    @Test
    void dropsEventHandlerAttributes() {
        assertThat(clean("<p onclick=\"steal()\" onmouseover=\"x()\">Text</p>")).isEqualTo("<p>Text</p>");
    }

    @Test
    void dropsStyleClassAndIdAttributes() {
        assertThat(clean("<p style=\"color:red\" class=\"lead\" id=\"top\">Text</p>")).isEqualTo("<p>Text</p>");
    }

    @Test
    void dropsJavascriptHref() {
        assertThat(clean("<p><a href=\"javascript:alert(1)\">click</a></p>")).isEqualTo("<p>click</p>");
    }

    @Test
    void dropsDataUrlImage() {
        assertThat(clean("<p>Map <img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"map\"></p>")).isEqualTo("<p>Map </p>");
    }

    @Test
    void keepsMailtoLinks() {
        assertThat(clean("<a href=\"mailto:desk@news.example.org\">Write</a>"))
                .isEqualTo("<a href=\"mailto:desk@news.example.org\" rel=\"noopener noreferrer nofollow\">Write</a>");
    }

    @Test
    void dropsMailtoImages() {
        assertThat(clean("<p>x<img src=\"mailto:a@b.c\"></p>")).isEqualTo("<p>x</p>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<iframe src=\"https://video.example.com/embed/1\">fallback</iframe>",
        "<object data=\"https://media.example.com/movie.swf\"><param name=\"a\" value=\"b\">fallback</object>",
        "<embed src=\"https://media.example.com/movie.swf\">",
        "<form action=\"https://evil.example.com/\"><input name=\"password\"><button>Send</button></form>",
        "<style>body { display: none }</style>",
        "<svg><circle r=\"5\"></circle><text>drawn</text></svg>",
        "<math><mi>x</mi></math>",
        "<base href=\"https://evil.example.com/\"><meta http-equiv=\"refresh\" content=\"0\"><link rel=\"stylesheet\" href=\"x.css\">"
    })
    void dropsEmbeddedAndActiveElementsWithTheirContent(String element) {
        assertThat(clean("<p>Before</p>" + element + "<p>After</p>")).isEqualTo("<p>Before</p><p>After</p>");
    }

    @Test
    void keepsAllowedMarkup() {
        String html = CleanFixtures.html("allowed-markup.html").strip();
        assertThat(clean(html)).isEqualTo(html);
    }

    @Test
    void unwrapsElementsOutsideTheAllowlistKeepingTheirText() {
        assertThat(clean("<section><article><p>Kept <font color=\"red\">words</font></p></article></section>"))
                .isEqualTo("<p>Kept words</p>");
    }

    @Test
    void addsRelToLinks() {
        assertThat(clean("<a href=\"https://x.example.com/\" rel=\"opener\" target=\"_blank\">x</a>"))
                .isEqualTo("<a href=\"https://x.example.com/\" rel=\"noopener noreferrer nofollow\">x</a>");
    }

    @Test
    void resolvesRelativeLinksAndImages() {
        assertThat(clean("<p><a href=\"../04/older\">older</a> <a href=\"/about\">about</a><img src=\"img/p.jpg\"></p>"))
                .isEqualTo("<p><a href=\"https://news.example.org/2024/04/older\" rel=\"noopener noreferrer nofollow\">older</a> "
                        + "<a href=\"https://news.example.org/about\" rel=\"noopener noreferrer nofollow\">about</a>"
                        + "<img src=\"https://news.example.org/2024/05/img/p.jpg\"></p>");
    }

    @Test
    void stripsUtmFromLinks() {
        assertThat(clean("<a href=\"https://x.example.com/a?utm_source=rss&amp;id=4&amp;utm_medium=feed&amp;fbclid=Z#top\">a</a>"))
                .isEqualTo("<a href=\"https://x.example.com/a?id=4#top\" rel=\"noopener noreferrer nofollow\">a</a>");
    }

    @Test
    void stripsUtmFromImages() {
        assertThat(clean("<img src=\"https://x.example.com/p.jpg?utm_campaign=spring\" alt=\"p\">"))
                .isEqualTo("<img src=\"https://x.example.com/p.jpg\" alt=\"p\">");
    }

    @Test
    void dropsOneByOnePixel() {
        assertThat(clean("<p>Text<img src=\"https://counter.example.com/hit.gif\" width=\"1\" height=\"1\"></p>"))
                .isEqualTo("<p>Text</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://feeds.feedburner.com/~r/Example/~4/abc",
        "https://pixel.wp.com/g.gif?blog=9",
        "https://stats.wordpress.com/b.gif?v=1",
    })
    void dropsImagesFromKnownTrackers(String src) {
        assertThat(clean("<p>Text<img src=\"" + src + "\" alt=\"\"></p>")).isEqualTo("<p>Text</p>");
    }

    @Test
    void keepsAnImageFromAHostThatOnlyLooksLikeATracker() {
        assertThat(clean("<img src=\"https://pixel.wp.com.photos.example.com/cat.jpg\">"))
                .isEqualTo("<img src=\"https://pixel.wp.com.photos.example.com/cat.jpg\">");
    }

    @Test
    void promotesDataSrc() {
        assertThat(clean("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/img/real.jpg\" alt=\"real\">"))
                .isEqualTo("<img src=\"https://news.example.org/img/real.jpg\" alt=\"real\">");
    }

    @Test
    void promotesDataLazySrcOverAPlaceholderGif() {
        assertThat(clean("<img src=\"/wp-content/blank.gif\" data-lazy-src=\"https://cdn.example.org/a.jpg\">"))
                .isEqualTo("<img src=\"https://cdn.example.org/a.jpg\">");
    }

    @Test
    void promotesDataOriginalWhenSrcIsMissing() {
        assertThat(clean("<img data-original=\"https://cdn.example.org/b.jpg\">"))
                .isEqualTo("<img src=\"https://cdn.example.org/b.jpg\">");
    }

    @Test
    void keepsARealSrcOverADataSrc() {
        assertThat(clean("<img src=\"https://cdn.example.org/small.jpg\" data-src=\"https://cdn.example.org/big.jpg\">"))
                .isEqualTo("<img src=\"https://cdn.example.org/small.jpg\">");
    }

    @Test
    void removesYouMayAlsoLikeBlock() {
        assertThat(clean(CleanFixtures.html("you-may-also-like.html")))
                .isEqualTo("<div><p>The allotment society elected a new chair on Tuesday evening.</p>"
                        + "<p>Plots near the river will be rotated next spring.</p></div>");
    }

    @Test
    void removesRelatedPostsBlockWhateverTheCase() {
        assertThat(clean("<p>Story.</p><h4>RELATED POSTS:</h4><p><a href=\"/a\">A</a></p>")).isEqualTo("<p>Story.</p>");
    }

    @Test
    void removesReadMoreLinkParagraph() {
        assertThat(clean("<p>Story.</p><p><a href=\"/full\">Read more »</a></p>")).isEqualTo("<p>Story.</p>");
    }

    @Test
    void keepsASentenceThatStartsWithReadMore() {
        String html = CleanFixtures.html("read-more-sentence.html");
        assertThat(clean(html)).contains("Read more about the new routes", "Tickets stay the same price.");
    }

    @Test
    void keepsABlockPhraseThatOpensTheContent() {
        assertThat(clean("<h3>Related articles</h3><p>The only text.</p>"))
                .isEqualTo("<h3>Related articles</h3><p>The only text.</p>");
    }

    @Test
    void removesAppearedFirstOnLine() {
        assertThat(clean(CleanFixtures.html("appeared-first-on.html")))
                .isEqualTo("<p>The bakery on Mill Lane now sells rye bread on Sundays.</p>");
    }

    @Test
    void removesNoBoilerplateWithoutRules() {
        HtmlCleaner plain = new HtmlCleaner(List.of());
        assertThat(plain.clean("<p>Story.</p><h3>You may also like</h3>", BASE))
                .isEqualTo("<p>Story.</p><h3>You may also like</h3>");
    }

    @Test
    void removesWrappersLeftEmpty() {
        assertThat(clean("<div><p><iframe src=\"https://v.example.com/\"></iframe></p><span> </span></div><p>Text</p>"))
                .isEqualTo("<p>Text</p>");
    }

    @Test
    void keepsEmptyTableCells() {
        assertThat(clean("<table><tbody><tr><td></td><td>1</td></tr></tbody></table>"))
                .isEqualTo("<table><tbody><tr><td></td><td>1</td></tr></tbody></table>");
    }

    @Test
    void outputsTheBodyWithoutDocumentWrapperOrLayoutWhitespace() {
        assertThat(clean("<html><head><title>t</title></head><body>\n  <p>One</p>\n  <p>Two <b>words</b></p>\n</body></html>"))
                .isEqualTo("<p>One</p><p>Two <b>words</b></p>");
    }

    @Test
    void keepsWhitespaceInsidePre() {
        assertThat(clean("<pre>\n  indented\n</pre>")).isEqualTo("<pre>  indented\n</pre>");
    }

    @Test
    void returnsEmptyForBlankInput() {
        assertThat(clean("  ")).isEmpty();
    }

    @Test
    void dropsRelativeUrlsWhenThereIsNoBase() {
        assertThat(cleaner.clean("<p><a href=\"/x\">x</a></p>", null)).isEqualTo("<p>x</p>");
    }
}

package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final URI PAGE = URI.create("https://courier.example.org/news/barrier-test");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private String article() {
        return extractor.extract(CleanFixtures.html("article-page.html"), PAGE).orElseThrow();
    }

    @Test
    void keepsEveryParagraphOfTheArticleAndItsFigure() {
        String article = article();
        assertThat(article).contains("The new flood barrier on the lower Wend", "Engineers had warned",
                "We watched the gauge", "The council will publish a full report", "barrier-night.jpg");
    }

    @Test
    void leavesOutNavigationSidebarCommentsAndRelatedStories() {
        String article = article();
        assertThat(article).doesNotContain("Sport", "Most read", "morning newsletter", "14 comments",
                "Good news at last", "Related stories", "Barrier approved after long debate", "All rights reserved",
                "analytics");
    }

    @Test
    void givesNothingForAPageWithoutAnArticle() {
        assertThat(extractor.extract("<html><body><nav><a href=/a>A</a><a href=/b>B</a></nav>"
                + "<p>Please accept cookies.</p></body></html>", PAGE)).isEmpty();
    }

    @Test
    void cleansToSafeHtmlWithAbsoluteImage() {
        String clean = new HtmlCleaner().clean(article(), PAGE);
        assertThat(clean).contains("src=\"https://courier.example.org/images/barrier-night.jpg\"")
                .doesNotContain("<script", "class=");
    }
}

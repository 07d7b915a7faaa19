package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ImageFallbacksTest {
    private static final URI BASE = URI.create("https://port.example.org/news/dusk");

    private Elements images() {
        return Jsoup.parseBodyFragment(new HtmlCleaner().clean(CleanFixtures.html("images-responsive.html"), BASE))
                .select("img");
    }

    @Test
    void endsWithOneRealAbsoluteImagePerPicture() {
        assertThat(images()).extracting(img -> img.attr("src")).containsExactly(
                "https://port.example.org/img/harbour-1200.jpg",
                "https://port.example.org/img/boats.jpg",
                "https://port.example.org/img/crane-full.jpg",
                "https://cdn.example.org/img/quay.jpg?w=900");
    }

    @Test
    void leavesNoSrcsetPictureOrNoscriptBehind() {
        String out = new HtmlCleaner().clean(CleanFixtures.html("images-responsive.html"), BASE);
        assertThat(out).doesNotContain("srcset", "<picture", "<noscript", "<source", "data-");
    }

    @Test
    void choosesTheWidestSrcsetCandidate() {
        assertThat(ImageFallbacks.largest("a.jpg 300w, b.jpg 1200w, c.jpg 800w")).contains("b.jpg");
        assertThat(ImageFallbacks.largest("a.jpg, b.jpg 2x, c.jpg 1.5x")).contains("b.jpg");
        assertThat(ImageFallbacks.largest("https://cdn.example.org/i.jpg?resize=300,200 300w, "
                + "https://cdn.example.org/i.jpg?resize=900,600 900w")).contains("https://cdn.example.org/i.jpg?resize=900,600");
    }

    @Test
    void takesAPictureSourceWhenItsImageHasNoAddress() {
        String out = new HtmlCleaner().clean("<picture><source srcset=\"/a-640.jpg 640w, /a-1280.jpg 1280w\"><img alt=\"a\"></picture>", BASE);
        assertThat(Jsoup.parseBodyFragment(out).select("img").attr("src")).isEqualTo("https://port.example.org/a-1280.jpg");
    }

    @Test
    void stripsTrackingParametersFromEveryLink() {
        String out = new HtmlCleaner().clean("<p><a href=\"/story?id=4&amp;utm_source=rss&amp;utm_campaign=x&amp;fbclid=1\">s</a>"
                + " <a href=\"https://other.example.net/?mc_cid=9&amp;page=2\">o</a></p>", BASE);
        assertThat(Jsoup.parseBodyFragment(out).select("a")).extracting(a -> a.attr("href")).containsExactly(
                "https://port.example.org/story?id=4", "https://other.example.net/?page=2");
    }
}

package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmbedsTest {
    private static final URI BASE = URI.create("https://news.example.org/a");
    private final HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(
            List.of("www.youtube-nocookie.com", "player.vimeo.com"), BoilerplateRules.NONE));

    private Element iframeOf(String html) {
        return Jsoup.parseBodyFragment(cleaner.clean(html, BASE)).selectFirst("iframe");
    }

    @Test
    void keepsAnIframeFromAListedHostSandboxed() {
        Element iframe = iframeOf("<p>Watch:</p><iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" "
                + "width=\"560\" height=\"315\" allowfullscreen title=\"Lock gates\"></iframe>");
        assertThat(iframe).isNotNull();
        assertThat(iframe.attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/abc123");
        assertThat(iframe.attr("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-popups");
        assertThat(iframe.attributes().asList()).extracting(a -> a.getKey())
                .containsExactlyInAnyOrder("src", "width", "height", "allowfullscreen", "title", "sandbox");
    }

    @Test
    void forcesAnEmbedToHttps() {
        assertThat(iframeOf("<iframe src=\"http://player.vimeo.com/video/42\"></iframe>").attr("src"))
                .isEqualTo("https://player.vimeo.com/video/42");
        assertThat(iframeOf("<iframe src=\"//player.vimeo.com/video/43\"></iframe>").attr("src"))
                .isEqualTo("https://player.vimeo.com/video/43");
    }

    @Test
    void dropsEveryAttributeButTheAllowedOnes() {
        Element iframe = iframeOf("<iframe src=\"https://player.vimeo.com/video/42\" onload=\"alert(1)\" "
                + "srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" style=\"position:fixed\" allow=\"camera\" "
                + "sandbox=\"allow-top-navigation\" name=\"x\"></iframe>");
        assertThat(iframe.attributes().asList()).extracting(a -> a.getKey()).containsExactlyInAnyOrder("src", "sandbox");
        assertThat(iframe.attr("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-popups");
    }

    @Test
    void dropsAnIframeFromAnyOtherHost() {
        assertThat(iframeOf("<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>")).isNull();
        assertThat(iframeOf("<iframe src=\"https://evil.example/?u=www.youtube-nocookie.com\"></iframe>")).isNull();
        assertThat(iframeOf("<iframe src=\"javascript:alert(1)\"></iframe>")).isNull();
        assertThat(iframeOf("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")).isNull();
    }

    @Test
    void keepsNoIframeWithoutListedHosts() {
        String out = new HtmlCleaner().clean("<p>x</p><iframe src=\"https://www.youtube-nocookie.com/embed/a\"></iframe>", BASE);
        assertThat(out).isEqualTo("<p>x</p>");
    }

    @Test
    void keepsAParagraphThatHoldsOnlyAnEmbed() {
        String out = cleaner.clean("<p><iframe src=\"https://player.vimeo.com/video/7\"></iframe></p>", BASE);
        assertThat(Jsoup.parseBodyFragment(out).select("p > iframe")).hasSize(1);
    }
}

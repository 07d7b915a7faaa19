package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default clutter rules, and the operator's own, global and per source. */
class BoilerplateRulesTest {
    private static final URI BASE = URI.create("https://parish.example.org/shelter");
    private final HtmlCleaner defaults = new HtmlCleaner();

    @Test
    void removesJetpackSharingRelatedPostsAndTheWordPressFooter() {
        String out = defaults.clean(CleanFixtures.html("wordpress-jetpack-clutter.html"), BASE);
        assertThat(out).isEqualTo("<p>The parish council approved the new bus shelter on Thursday.</p>"
                + "<p>Work begins next month.</p>");
    }

    @Test
    void removesFeedburnerFlareAndItsCounter() {
        String out = defaults.clean(CleanFixtures.html("feedburner-flare.html"), BASE);
        assertThat(out).isEqualTo("<p>Lock keepers will strike for two days in July.</p>");
    }

    @Test
    void removesSubstackSubscribeAndShareButtonsAndTheWidget() {
        String out = defaults.clean(CleanFixtures.html("substack-buttons.html"), BASE);
        assertThat(out).isEqualTo("<p>Our allotment finally has a water tap.</p><p>It took three years of letters.</p>");
    }

    @Test
    void dropsWhatAGlobalSelectorMatches() {
        HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(List.of(),
                new BoilerplateRules(List.of("div.newsletter-box"), List.of(), List.of())));
        String out = cleaner.clean("<p>Story.</p><div class=\"newsletter-box\"><p>Join our list</p></div><p>End.</p>", BASE);
        assertThat(out).isEqualTo("<p>Story.</p><p>End.</p>");
    }

    @Test
    void dropsTheBlockAGlobalPhraseOpensAndWhatFollowsIt() {
        HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(List.of(),
                new BoilerplateRules(List.of(), List.of("More from the valley"), List.of())));
        String out = cleaner.clean("<div><p>Story.</p><h4>More from the valley</h4><ul><li><a href=\"/x\">x</a></li></ul></div>", BASE);
        assertThat(out).isEqualTo("<div><p>Story.</p></div>");
    }

    @Test
    void dropsAFooterLineMatchingAGlobalPattern() {
        HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(List.of(),
                new BoilerplateRules(List.of(), List.of(), List.of("This story first ran in .+"))));
        String out = cleaner.clean("<p>Story.</p><p>This story first ran in the Valley Courier.</p>", BASE);
        assertThat(out).isEqualTo("<p>Story.</p>");
    }

    @Test
    void appliesASourcesOwnRulesOnlyToThatSource() {
        HtmlCleaner cleaner = new HtmlCleaner(CleanSettings.DEFAULT);
        BoilerplateRules own = new BoilerplateRules(List.of(".promo"), List.of(), List.of("Tip jar: .*"));
        String html = "<p>Story.</p><p class=\"promo\">Buy the mug</p><p>Tip jar: coffee welcome</p>";
        assertThat(cleaner.clean(html, BASE, own)).isEqualTo("<p>Story.</p>");
        assertThat(cleaner.clean(html, BASE)).isEqualTo(
                "<p>Story.</p><p>Buy the mug</p><p>Tip jar: coffee welcome</p>");
    }

    @Test
    void skipsASelectorJsoupCannotReadInsteadOfFailing() {
        HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(List.of(),
                new BoilerplateRules(List.of("div[[["), List.of(), List.of("(unclosed"))));
        assertThat(cleaner.clean("<p>Story.</p>", BASE)).isEqualTo("<p>Story.</p>");
    }
}

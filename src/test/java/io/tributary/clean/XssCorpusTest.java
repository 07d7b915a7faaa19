package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XSS corpus in {@code clean/xss-vectors.txt}: script, event handlers, javascript: and data:
 * in every URL attribute, SVG and MathML, style expressions, meta refresh, base, forms, nested and
 * malformed markup, entity-encoded and mixed-case variants. Each goes through a cleaner with
 * embeds allowed (the widest allowlist) and one without.
 */
class XssCorpusTest {
    private static final URI BASE = URI.create("https://news.example.org/a");
    private static final Set<String> HOSTS = Set.of("www.youtube-nocookie.com");
    private static final HtmlCleaner WITH_EMBEDS = new HtmlCleaner(new CleanSettings(List.copyOf(HOSTS), BoilerplateRules.NONE));
    private static final HtmlCleaner PLAIN = new HtmlCleaner();

    static Stream<String> vectors() {
        return CleanFixtures.html("xss-vectors.txt").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    @Test
    void holdsAtLeastFortyVectors() {
        assertThat(vectors().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void leavesOnlyAllowlistedMarkupWithEmbedsAllowed(String vector) {
        String out = WITH_EMBEDS.clean("<p>Before</p>" + vector + "<p>After</p>", BASE);
        AllowedMarkup.assertAllowed(out, HOSTS);
        // Words like "onerror" may survive as escaped text (an alt value); tags never do.
        assertThat(out.toLowerCase()).doesNotContain("<script", "<style", "<svg", "<math", "<form");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("vectors")
    void leavesOnlyAllowlistedMarkupWithoutEmbeds(String vector) {
        String out = PLAIN.clean(vector, BASE);
        AllowedMarkup.assertAllowed(out, Set.of());
        assertThat(out.toLowerCase()).doesNotContain("<script", "<iframe", "<style");
    }
}

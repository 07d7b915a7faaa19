package io.tributary.clean;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever random damage is done to the HTML fixtures and the XSS corpus, the cleaner
 * never throws and never emits markup outside the allowlist. Seeded, so a failure repeats.
 */
class HtmlMutationTest {
    private static final long SEED = 0x5afe_2024L;
    private static final int ITERATIONS = 2000;
    private static final Set<String> HOSTS = Set.of("player.vimeo.com");
    private static final String[] TOKENS = {"<", ">", "</", "=", "\"", "'", "`", "&", "&#", "&#x6A;", "javascript:",
        "data:text/html,", " onerror=alert(1) ", " style=x:expression(1) ", "<script>", "</script>", "<svg>", "<math>",
        "<iframe src=//player.vimeo.com/video/1 onload=x>", "<iframe src=//evil.example/>", "<img src=x srcset=\"",
        "<picture>", "<noscript>", "</noscript>", "<!--", "-->", "<![CDATA[", "<base href=//evil.example/>",
        "<form>", "<a href=", "\u0000", "\t", "\n", "<table>", "<td>", "<template>", "<object>", "<style>"};

    @Test
    void neverThrowsNorEmitsMarkupOutsideTheAllowlist() {
        HtmlCleaner cleaner = new HtmlCleaner(new CleanSettings(List.copyOf(HOSTS), BoilerplateRules.NONE));
        List<String> originals = new ArrayList<>(List.of(CleanFixtures.html("allowed-markup.html"),
                CleanFixtures.html("images-responsive.html"), CleanFixtures.html("substack-buttons.html"),
                CleanFixtures.html("wordpress-jetpack-clutter.html"), CleanFixtures.html("article-page.html")));
        XssCorpusTest.vectors().forEach(originals::add);
        Random random = new Random(SEED);
        URI base = URI.create("https://mutant.example.org/a/b");

        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < ITERATIONS; i++) {
                String html = mutate(originals.get(random.nextInt(originals.size())), random);
                String out;
                try {
                    out = cleaner.clean(html, base);
                } catch (RuntimeException e) {
                    throw new AssertionError("iteration " + i + " threw on:\n" + html, e);
                }
                AllowedMarkup.assertAllowed(out, HOSTS);
            }
        });
    }

    private static String mutate(String original, Random random) {
        StringBuilder html = new StringBuilder(original);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && html.length() > 0; m++) {
            int at = random.nextInt(html.length());
            int end = Math.min(html.length(), at + 1 + random.nextInt(32));
            switch (random.nextInt(4)) {
                case 0 -> html.delete(at, end);
                case 1 -> html.insert(at, html.substring(at, end));
                case 2 -> html.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> html.setLength(at);
            }
        }
        return html.toString();
    }
}

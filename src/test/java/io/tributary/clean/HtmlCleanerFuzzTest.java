package io.tributary.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzes {@link HtmlCleaner#clean}: whatever HTML an entry holds, the cleaned output, read back by
 * an HTML parser, holds only the elements and attributes the cleaner's Javadoc allows, and no URL
 * other than http, https (and mailto for links). Replays {@code HtmlCleanerFuzzTestInputs/} in a
 * normal build.
 */
class HtmlCleanerFuzzTest {
    private static final URI BASE = URI.create("https://fuzz.test/news/story.html");

    /** HtmlCleaner's Javadoc, as a table: element to the attributes it may keep. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("a", Set.of("href", "title", "rel")),
            Map.entry("img", Set.of("src", "alt", "title", "width", "height")),
            Map.entry("blockquote", Set.of("cite")), Map.entry("q", Set.of("cite")),
            Map.entry("abbr", Set.of("title")), Map.entry("ol", Set.of("start")),
            Map.entry("th", Set.of("colspan", "rowspan")), Map.entry("td", Set.of("colspan", "rowspan")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("p", Set.of()), Map.entry("br", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()),
            Map.entry("em", Set.of()), Map.entry("u", Set.of()), Map.entry("s", Set.of()),
            Map.entry("small", Set.of()), Map.entry("sub", Set.of()), Map.entry("sup", Set.of()),
            Map.entry("mark", Set.of()), Map.entry("cite", Set.of()), Map.entry("code", Set.of()),
            Map.entry("pre", Set.of()), Map.entry("kbd", Set.of()), Map.entry("ul", Set.of()),
            Map.entry("li", Set.of()), Map.entry("dl", Set.of()), Map.entry("dt", Set.of()),
            Map.entry("dd", Set.of()), Map.entry("figure", Set.of()), Map.entry("figcaption", Set.of()),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()), Map.entry("caption", Set.of()),
            Map.entry("span", Set.of()), Map.entry("div", Set.of()));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @FuzzTest(maxDuration = "2m")
    void emitsOnlyAllowedMarkup(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);

        String cleaned = cleaner.clean(html, BASE);

        // read back as a browser would: what it builds from the output is what a reader sees
        for (Element element : Jsoup.parseBodyFragment(cleaned).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED).as("element <%s> in %s", element.tagName(), cleaned)
                    .containsKey(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ALLOWED.get(element.tagName()))
                        .as("attribute %s on <%s> in %s", attribute.getKey(), element.tagName(), cleaned)
                        .contains(attribute.getKey());
                if (URL_ATTRIBUTES.contains(attribute.getKey())) {
                    assertSafeUrl(element.tagName(), attribute, cleaned);
                }
            }
        }
    }

    private static void assertSafeUrl(String tag, Attribute attribute, String cleaned) {
        String url = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        boolean web = url.startsWith("http://") || url.startsWith("https://");
        boolean mail = tag.equals("a") && attribute.getKey().equals("href") && url.startsWith("mailto:");
        assertThat(web || mail).as("%s=\"%s\" on <%s> in %s", attribute.getKey(), attribute.getValue(), tag, cleaned)
                .isTrue();
    }
}

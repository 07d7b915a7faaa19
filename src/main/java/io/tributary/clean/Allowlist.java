package io.tributary.clean;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.safety.Safelist;

/**
 * The one list of markup that may leave the cleaner; {@link HtmlCleaner}'s Javadoc and the README
 * ("Cleaning") describe it for people, this class for the code and the tests.
 *
 * <p>Why so small: a feed reader renders entries next to each other and next to its own UI, so
 * nothing that can run, load, submit, restyle or position is kept; structure, emphasis, links,
 * images, tables and (only from operator-listed hosts) sandboxed video embeds are enough to read.
 */
final class Allowlist {
    /** Elements kept; everything else is unwrapped (its text kept) or dropped with its content. */
    static final Set<String> TAGS = Set.of(
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "u", "s",
            "small", "sub", "sup", "mark", "blockquote", "q", "cite", "code", "pre", "kbd", "abbr",
            "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption", "table", "thead",
            "tbody", "tfoot", "tr", "th", "td", "caption", "span", "div", "time");

    /** Attributes kept, by element; none on the others. */
    static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "a", List.of("href", "title", "rel"),
            "img", List.of("src", "alt", "title", "width", "height"),
            "blockquote", List.of("cite"),
            "q", List.of("cite"),
            "abbr", List.of("title"),
            "ol", List.of("start"),
            "th", List.of("colspan", "rowspan"),
            "td", List.of("colspan", "rowspan"),
            "time", List.of("datetime"),
            "iframe", List.of("src", "width", "height", "allowfullscreen", "title", "sandbox"));

    /** The only URL schemes kept in URL attributes. */
    static final Map<String, Set<String>> PROTOCOLS = Map.of(
            "a.href", Set.of("http", "https", "mailto"),
            "img.src", Set.of("http", "https"),
            "blockquote.cite", Set.of("http", "https"),
            "q.cite", Set.of("http", "https"),
            "iframe.src", Set.of("https"));

    /** Embedded players only: the sandbox lets the player run, never reach the reader's page. */
    static final String IFRAME = "iframe";
    static final String SANDBOX = "allow-scripts allow-same-origin allow-popups";
    static final String REL = "noopener noreferrer nofollow";

    private Allowlist() {
    }

    /** The jsoup safelist for these lists; iframes are in it only when some embed host is allowed. */
    static Safelist safelist(boolean embeds) {
        Safelist safelist = new Safelist().addTags(TAGS.toArray(String[]::new)).preserveRelativeLinks(false);
        ATTRIBUTES.forEach((tag, attributes) -> {
            if (!tag.equals("a") && !tag.equals(IFRAME)) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        safelist.addAttributes("a", "href", "title");
        // PROTOCOLS are enforced by UrlAttributes right after the safelist, not by jsoup (see there why).
        safelist.addEnforcedAttribute("a", "rel", REL);
        if (embeds) {
            safelist.addTags(IFRAME)
                    .addAttributes(IFRAME, "src", "width", "height", "allowfullscreen", "title")
                    .addEnforcedAttribute(IFRAME, "sandbox", SANDBOX);
        }
        return safelist;
    }
}

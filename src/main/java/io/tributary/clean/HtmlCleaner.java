package io.tributary.clean;

import io.tributary.config.BoilerplateRules;
import io.tributary.config.CleanSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Makes an entry's HTML safe and tidy for any feed reader: an allowlist sanitizer (jsoup) plus
 * the clean-ups readers want, URLs made absolute and free of tracking, lazy images loaded,
 * tracking pixels and trailing clutter removed.
 *
 * <p>Kept elements (everything else is dropped, its text kept, except for {@code script, style,
 * iframe, frame, object, embed, applet, form, input, button, select, textarea, svg, math,
 * template, noscript, base, meta, link, title}, dropped with all they hold):
 * {@code p, br, hr, h1-h6, b, strong, i, em, u, s, small, sub, sup, mark, blockquote, q, cite,
 * code, pre, kbd, abbr, ul, ol, li, dl, dt, dd, a, img, figure, figcaption, table, thead, tbody,
 * tfoot, tr, th, td, caption, span, div, time}.
 *
 * <p>Kept attributes: {@code a[href, title]}, {@code img[src, alt, title, width, height]},
 * {@code blockquote[cite]}, {@code q[cite]}, {@code abbr[title]}, {@code ol[start]},
 * {@code th, td[colspan, rowspan]}, {@code time[datetime]}. No event handler, {@code style},
 * {@code class} or {@code id} survives. {@code a[href]} keeps only http, https and mailto URLs,
 * {@code img[src]} and {@code cite} only http and https; an attribute with any other URL is
 * dropped, then a link without href is unwrapped and an image without src removed. Every link
 * gets {@code rel="noopener noreferrer nofollow"}.
 *
 * <p>Embedded players: {@code iframe[src, width, height, allowfullscreen, title]} is kept only
 * when its host is listed in {@code clean.embeds}; its src is forced to https and it always gets
 * {@code sandbox="allow-scripts allow-same-origin allow-popups"}. Without listed hosts no iframe
 * survives. The lists live in one place, {@code Allowlist}; the README's "Cleaning" section
 * repeats them for operators.
 *
 * <p>Order, and why: on the untrusted document, boilerplate selectors first (they need the
 * classes the sanitizer removes), then image fallbacks ({@code srcset}, {@code picture},
 * {@code noscript}, lazy {@code data-src}) and embeds; then the allowlist; then tracking pixels,
 * tracking parameters, text boilerplate rules and emptied wrappers on the safe result.
 *
 * <p>Instances hold no state beyond their rules and may be shared between threads.
 */
public final class HtmlCleaner {
    /** Dropped with everything inside them, before sanitizing (iframes are handled by {@link Embeds}). */
    private static final Evaluator DROPPED_WITH_CONTENT = QueryParser.parse("script, style, frame, frameset, object, "
            + "embed, applet, form, input, button, select, textarea, svg, math, template, noscript, base, meta, link, title");

    private final Safelist safelist;
    private final Embeds embeds;
    private final Boilerplate boilerplate;
    /** Per-source rules compiled once each; sources are few and their rules live as long as the config. */
    private final Map<BoilerplateRules, Boilerplate> perSource = new ConcurrentHashMap<>();

    /** A cleaner that removes the default clutter and keeps no embed. */
    public HtmlCleaner() {
        this(CleanSettings.DEFAULT);
    }

    /** A cleaner that removes the clutter these text rules describe (none for an empty list), and keeps no embed. */
    public HtmlCleaner(List<BoilerplateRule> boilerplateRules) {
        this(List.of(), Boilerplate.ofRules(boilerplateRules));
    }

    /**
     * A cleaner for an operator's settings: iframes kept from {@code settings.embeds()} hosts only,
     * and the default clutter removed, then the operator's global boilerplate rules.
     */
    public HtmlCleaner(CleanSettings settings) {
        this(settings.embeds(), Boilerplate.DEFAULTS.then(Boilerplate.compile(settings.boilerplate())));
    }

    private HtmlCleaner(List<String> embedHosts, Boilerplate boilerplate) {
        this.embeds = new Embeds(embedHosts);
        this.safelist = Allowlist.safelist(embeds.any());
        this.boilerplate = boilerplate;
    }

    /**
     * The cleaned body HTML, without html/head/body wrapper and without layout whitespace.
     *
     * @param html    untrusted HTML, a fragment or a whole page
     * @param baseUri what relative URLs are resolved against; relative URLs are dropped without it
     * @return safe HTML, empty when nothing worth showing is left
     */
    public String clean(String html, URI baseUri) {
        return clean(html, baseUri, boilerplate);
    }

    /**
     * As {@link #clean(String, URI)}, with one source's own boilerplate rules applied after the
     * global ones.
     */
    public String clean(String html, URI baseUri, BoilerplateRules sourceRules) {
        return cleanWithText(html, baseUri, sourceRules).html();
    }

    /** Clean HTML and its plain text, read from the same tree so the entry cleaner need not parse it again. */
    record Cleaned(String html, String text) {
        static final Cleaned EMPTY = new Cleaned("", "");
    }

    Cleaned cleanWithText(String html, URI baseUri, BoilerplateRules sourceRules) {
        if (sourceRules == null || sourceRules.equals(BoilerplateRules.NONE)) {
            return cleanWithText(html, baseUri, boilerplate);
        }
        return cleanWithText(html, baseUri, perSource.computeIfAbsent(sourceRules,
                rules -> boilerplate.then(Boilerplate.compile(rules))));
    }

    /**
     * The plain text {@link #cleanWithText} would give. A summary that is plain text (RSS
     * descriptions often are) needs no document: nothing in it is an element for a rule to match
     * (selectors that could match the body itself, such as {@code *}, are only ever the
     * operator's, so then the full way is taken).
     */
    String textOf(String html, URI baseUri, BoilerplateRules sourceRules) {
        boolean onlyDefaultSelectors = (sourceRules == null || sourceRules.dropSelectors().isEmpty())
                && boilerplate.selectsOnlyByClass();
        if (onlyDefaultSelectors && html != null && PlainText.isPlain(html)) {
            return PlainText.collapse(html);
        }
        return cleanWithText(html, baseUri, sourceRules).text();
    }

    private String clean(String html, URI baseUri, Boilerplate rules) {
        return cleanWithText(html, baseUri, rules).html();
    }

    private Cleaned cleanWithText(String html, URI baseUri, Boilerplate rules) {
        if (html == null || html.isBlank()) {
            return Cleaned.EMPTY;
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri.toString());
        Element dirtyBody = dirty.body();
        rules.dropSelected(dirtyBody);
        ImageFallbacks.apply(dirtyBody);
        embeds.prepare(dirtyBody, baseUri);
        dirtyBody.select(DROPPED_WITH_CONTENT).remove();

        // The Cleaner copies only the elements and attributes the safelist allows; UrlAttributes
        // then keeps only allowed schemes and makes every URL absolute, so later steps see
        // absolute URLs.
        Document clean = new Cleaner(safelist).clean(dirty);
        Element body = clean.body();
        new UrlAttributes(baseUri).enforce(body);
        tidyImages(body);
        tidyLinks(body);
        rules.dropText(body);
        EmptyWrappers.removeFrom(body);
        clean.outputSettings().prettyPrint(false);
        return new Cleaned(body.html().strip(), PlainText.collapse(body.text()));
    }

    /** Images left without an allowed src, and tracking pixels, go. */
    private static void tidyImages(Element body) {
        for (Element img : body.getElementsByTag("img")) {
            if (!img.hasAttr("src") || TrackingPixels.isTrackingPixel(img)) {
                img.remove();
            }
        }
    }

    private static void tidyLinks(Element body) {
        for (Element a : body.getElementsByTag("a")) {
            if (!a.hasAttr("href")) {
                a.unwrap(); // an anchor left without a safe target is only its text
            }
        }
    }
}

package io.tributary.clean;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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
 * <p>Instances hold no state beyond their rules and may be shared between threads.
 */
public final class HtmlCleaner {
    private static final String DROPPED_WITH_CONTENT = "script, style, iframe, frame, frameset, object, embed, "
            + "applet, form, input, button, select, textarea, svg, math, template, noscript, base, meta, link, title";
    private static final String REL = "noopener noreferrer nofollow";

    private final Safelist safelist = safelist();
    private final BoilerplateRemover boilerplate;

    /** A cleaner that removes the {@link BoilerplateRule#DEFAULTS default} clutter. */
    public HtmlCleaner() {
        this(BoilerplateRule.DEFAULTS);
    }

    /** A cleaner that removes the clutter these rules describe (none for an empty list). */
    public HtmlCleaner(List<BoilerplateRule> boilerplateRules) {
        this.boilerplate = new BoilerplateRemover(boilerplateRules);
    }

    /**
     * The cleaned body HTML, without html/head/body wrapper and without layout whitespace.
     *
     * @param html    untrusted HTML, a fragment or a whole page
     * @param baseUri what relative URLs are resolved against; relative URLs are dropped without it
     * @return safe HTML, empty when nothing worth showing is left
     */
    public String clean(String html, URI baseUri) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri.toString());
        dirty.select(DROPPED_WITH_CONTENT).remove();
        dirty.select("img").forEach(LazyImages::promote);

        // The Cleaner copies only what the safelist allows and resolves every URL it keeps
        // against the base URI (preserveRelativeLinks is off), so later steps see absolute URLs.
        Document clean = new Cleaner(safelist).clean(dirty);
        Element body = clean.body();
        tidyImages(body);
        tidyLinks(body);
        boilerplate.removeFrom(body);
        EmptyWrappers.removeFrom(body);
        clean.outputSettings().prettyPrint(false);
        return body.html().strip();
    }

    private static void tidyImages(Element body) {
        for (Element img : body.select("img")) {
            if (!img.hasAttr("src") || TrackingPixels.isTrackingPixel(img)) {
                img.remove();
            } else {
                img.attr("src", UrlNormalizer.stripTracking(img.attr("src")));
            }
        }
    }

    private static void tidyLinks(Element body) {
        for (Element a : body.select("a")) {
            if (a.hasAttr("href")) {
                a.attr("href", UrlNormalizer.stripTracking(a.attr("href")));
            } else {
                a.unwrap(); // an anchor left without a safe target is only its text
            }
        }
        for (Element quote : body.select("blockquote[cite], q[cite]")) {
            quote.attr("cite", UrlNormalizer.stripTracking(quote.attr("cite")));
        }
    }

    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "u", "s",
                        "small", "sub", "sup", "mark", "blockquote", "q", "cite", "code", "pre", "kbd", "abbr",
                        "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption", "table", "thead",
                        "tbody", "tfoot", "tr", "th", "td", "caption", "span", "div", "time")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("abbr", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addEnforcedAttribute("a", "rel", REL)
                .preserveRelativeLinks(false);
    }
}

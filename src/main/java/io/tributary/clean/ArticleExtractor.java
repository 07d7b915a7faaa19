package io.tributary.clean;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a whole web page, for sources whose feeds carry only teasers
 * ({@code full-content: true}). A readability-style heuristic in jsoup:
 * <ol>
 *   <li>drop what is never the article: scripts, navigation, headers, footers, asides, forms,
 *       and blocks whose class or id says sidebar, comments, related, share, promo...;</li>
 *   <li>score each paragraph by its text (one point, one per comma, one per 100 characters up to
 *       three) and give the score to its parent and half to its grandparent;</li>
 *   <li>weigh each container by its class and id ({@code article}, {@code content} up;
 *       {@code comment}, {@code sidebar} down) and by its link density (a list of links is no
 *       article);</li>
 *   <li>take the best container, with the siblings that score nearly as well (an article split
 *       in several divs).</li>
 * </ol>
 * The result is untrusted HTML still: the caller cleans it like any entry body. Pure and
 * stateless; fetching the page is the pipeline's job.
 */
public final class ArticleExtractor {
    /** Below this much text the best container is not an article (a cookie wall, an error page). */
    static final int MIN_TEXT = 140;
    private static final String NEVER_ARTICLE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "button, select, svg, [role=navigation], [role=complementary], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true]";
    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|sidebar|related|share|social|promo|advert|\\bads?\\b|banner|breadcrumb|menu|masthead|newsletter|"
                    + "subscribe|popup|cookie|footer|nav|widget|sponsor|recommend|more-stories|trending|byline-tools");
    private static final Pattern LIKELY = Pattern.compile("article|content|entry|post|story|main|body|text|prose");
    private static final Pattern POSITIVE = Pattern.compile("article|content|entry|post|story|main|body|text|prose|blog");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|sidebar|related|share|social|promo|advert|banner|footer|nav|widget|sponsor|meta|tags|author-bio");

    /** The main article of a page, as HTML, or empty when the page holds none. */
    public Optional<String> extract(String html, URI pageUrl) {
        if (html == null || html.isBlank()) {
            return Optional.empty();
        }
        return extract(Jsoup.parse(html, pageUrl == null ? "" : pageUrl.toString()));
    }

    /** The main article of a parsed page, as HTML, or empty. Changes the document. */
    public Optional<String> extract(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        body.select(NEVER_ARTICLE).remove();
        removeUnlikely(body);
        Map<Element, Double> scores = score(body);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            candidate.setValue(score);
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        if (best == null || best.text().length() < MIN_TEXT) {
            return Optional.empty();
        }
        return Optional.of(withSiblings(best, bestScore, scores));
    }

    private static void removeUnlikely(Element body) {
        for (Element element : body.select("[class], [id]")) {
            if (element.parent() == null || element.normalName().equals("article") || element.normalName().equals("main")) {
                continue;
            }
            String hints = hints(element);
            if (UNLIKELY.matcher(hints).find() && !LIKELY.matcher(hints).find()) {
                element.remove();
            }
        }
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : body.select("p, pre, td, blockquote")) {
            String text = paragraph.text();
            if (text.length() < 25) {
                continue;
            }
            double points = 1 + count(text, ',') + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, points, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, points / 2, Double::sum);
            }
        }
        scores.replaceAll((element, points) -> points + baseScore(element));
        return scores;
    }

    /** What the element's tag and class/id say before any paragraph is counted. */
    private static double baseScore(Element element) {
        double score = switch (element.normalName()) {
            case "article", "main" -> 10;
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String hints = hints(element);
        if (POSITIVE.matcher(hints).find()) {
            score += 25;
        }
        if (NEGATIVE.matcher(hints).find()) {
            score -= 25;
        }
        return score;
    }

    /** The best container, joined by siblings scoring at least a fifth as well or holding real prose. */
    private static String withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return best.outerHtml();
        }
        double threshold = Math.max(10, bestScore * 0.2);
        StringBuilder article = new StringBuilder();
        for (Element sibling : parent.children()) {
            boolean keep = sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold
                    || sibling.normalName().equals("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25;
            if (keep) {
                article.append(sibling.outerHtml());
            }
        }
        return article.toString();
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 1;
        }
        int linked = 0;
        for (Element a : element.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / length);
    }

    private static String hints(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

package io.tributary.clean;

import io.tributary.config.BoilerplateRules;
import io.tributary.parse.Enclosure;
import io.tributary.parse.RawEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The cleaner stage: a {@link RawEntry} in, a {@link CleanEntry} that is safe to publish out.
 * Bodies go through the {@link HtmlCleaner}; titles and summaries become plain text.
 */
public final class EntryCleaner {
    static final int SUMMARY_MAX = 300;
    static final int TITLE_FROM_TEXT_MAX = 80;
    static final String UNTITLED = "(untitled)";

    private final HtmlCleaner htmlCleaner;

    public EntryCleaner(HtmlCleaner htmlCleaner) {
        this.htmlCleaner = Objects.requireNonNull(htmlCleaner, "htmlCleaner");
    }

    /** Cleans an entry with the global rules only. */
    public CleanEntry clean(RawEntry raw) {
        return clean(raw, BoilerplateRules.NONE);
    }

    /** Cleans an entry of one source, its own boilerplate rules applied after the global ones. */
    public CleanEntry clean(RawEntry raw, BoilerplateRules sourceRules) {
        URI base = raw.baseUri();
        String body = raw.contentHtml().isBlank() ? raw.summaryHtml().orElse("") : raw.contentHtml();
        HtmlCleaner.Cleaned cleaned = htmlCleaner.cleanWithText(body, base, sourceRules);
        String contentHtml = cleaned.html();
        String text = cleaned.text();
        // The summary is cleaned too: feeds repeat their clutter ("appeared first on") there.
        String summaryText = raw.summaryHtml()
                .filter(summary -> !summary.isBlank())
                .map(summary -> htmlCleaner.textOf(summary, base, sourceRules))
                .filter(summary -> !summary.isEmpty())
                .orElse(text);
        return new CleanEntry(
                trimmed(raw.guid()),
                raw.link().flatMap(link -> absoluteLink(link, base)),
                title(raw.title(), text),
                contentHtml,
                TextCutter.cut(summaryText, SUMMARY_MAX),
                text,
                raw.published(),
                raw.updated(),
                trimmed(raw.author()).map(PlainText::collapse),
                categories(raw.categories()),
                enclosures(raw.enclosures(), base));
    }

    /** Enclosures with absolute http(s) URLs, tracking removed; any other is dropped. */
    private static List<Enclosure> enclosures(List<Enclosure> enclosures, URI base) {
        List<Enclosure> kept = new ArrayList<>();
        for (Enclosure enclosure : enclosures) {
            absoluteLink(enclosure.url(), base).ifPresent(url -> kept.add(new Enclosure(url,
                    enclosure.type().map(PlainText::collapse).filter(t -> t.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")),
                    enclosure.length())));
        }
        return kept;
    }

    private static String title(String rawTitle, String text) {
        String title = PlainText.of(rawTitle);
        if (!title.isEmpty()) {
            return title;
        }
        return text.isEmpty() ? UNTITLED : TextCutter.cut(text, TITLE_FROM_TEXT_MAX);
    }

    /** The link resolved against the entry's base, kept only when it is http(s), tracking removed. */
    static Optional<String> absoluteLink(String link, URI base) {
        try {
            URI resolved = base.resolve(new URI(link.strip().replace(" ", "%20")));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(UrlNormalizer.stripTracking(resolved.toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> trimmed(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }

    private static List<String> categories(List<String> categories) {
        Set<String> terms = new LinkedHashSet<>();
        for (String category : categories) {
            String term = PlainText.collapse(category);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }
}

package io.tributary.parse;

import com.rometools.rome.feed.synd.SyndContent;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Turns Rome's text constructs into what {@link RawEntry} promises: titles as plain text, bodies
 * as HTML (text-typed bodies escaped, so their angle brackets stay visible characters).
 */
final class FeedText {
    /** The wrapper div that Atom xhtml content must have and that is not part of the content (RFC 4287, 3.1.1.3). */
    private static final Pattern XHTML_WRAPPER = Pattern.compile("^\\s*<div\\b[^>]*>(.*)</div>\\s*$", Pattern.DOTALL);

    private FeedText() {
    }

    /**
     * A plain text title. Only Atom says whether a title is markup ({@code type="html"} or
     * {@code xhtml}); RSS titles are passed on as written and the cleaner decides.
     */
    static String title(String title, SyndContent titleEx) {
        if (title == null) {
            return "";
        }
        String type = titleEx == null || titleEx.getType() == null ? "" : titleEx.getType().toLowerCase(Locale.ROOT);
        if (type.equals("html") || type.equals("xhtml") || type.equals("text/html")
                || type.equals("application/xhtml+xml")) {
            return Jsoup.parse(title).text();
        }
        return title.strip();
    }

    /**
     * A body as HTML. Atom tells text from markup; RSS descriptions are HTML by convention
     * whatever Rome labels them (RSS 2.0 allows entity-encoded HTML in description).
     */
    static Optional<String> html(SyndContent content, boolean atom) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return Optional.empty();
        }
        String value = content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (atom && (type.isEmpty() || type.equals("text") || type.equals("text/plain"))) {
            return Optional.of(escape(value.strip()));
        }
        if (atom && type.equals("xhtml")) {
            Matcher wrapper = XHTML_WRAPPER.matcher(value);
            return Optional.of(wrapper.matches() ? wrapper.group(1).strip() : value.strip());
        }
        return Optional.of(value.strip());
    }

    /** Text made safe to place in HTML: it reads the same, and nothing in it is markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package io.tributary.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Lazy-loading images keep the real address in a data attribute and show a placeholder until a
 * script swaps them; feed readers run no script, so the swap is done here.
 */
final class LazyImages {
    /** Where lazy-loading scripts keep the real address, most common first. */
    static final List<String> LAZY_SOURCES = List.of("data-src", "data-lazy-src", "data-original");
    /** File names lazy loaders use for their 1x1 placeholder gif. */
    private static final Pattern PLACEHOLDER_GIF = Pattern.compile(
            "(?:^|/)[^/?#]*(?:blank|spacer|1x1|transparent|placeholder|pixel|lazy|empty)[^/?#]*\\.gif(?:[?#].*)?$");

    private LazyImages() {
    }

    /** Moves the real address into {@code src} when src is missing or a placeholder. */
    static void promote(Element img) {
        String src = img.attr("src").strip();
        if (!src.isEmpty() && !isPlaceholder(src)) {
            return;
        }
        for (String attribute : LAZY_SOURCES) {
            String real = img.attr(attribute).strip();
            if (!real.isEmpty() && !isPlaceholder(real)) {
                img.attr("src", real);
                return;
            }
        }
    }

    private static boolean isPlaceholder(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        return lower.startsWith("data:") || PLACEHOLDER_GIF.matcher(lower).find();
    }
}

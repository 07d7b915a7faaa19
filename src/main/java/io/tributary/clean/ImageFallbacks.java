package io.tributary.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Responsive and lazy images made into one plain {@code img} with a real {@code src}, since feed
 * readers run no script and often ignore {@code srcset}: the largest {@code srcset} candidate
 * wins, a {@code <picture>} becomes its {@code img}, and a {@code <noscript>} fallback replaces
 * the lazy placeholder next to it. Runs on the untrusted document, before sanitizing, which then
 * checks and absolutizes the chosen address like any other.
 */
final class ImageFallbacks {
    private static final String[] SRCSETS = {"srcset", "data-srcset", "data-lazy-srcset"};
    /** A candidate's width ({@code 800w}) or density ({@code 2x}). */
    private static final Pattern DESCRIPTOR = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([wx])");

    private ImageFallbacks() {
    }

    static void apply(Element body) {
        for (Element noscript : body.getElementsByTag("noscript")) {
            replaceLazySibling(noscript);
        }
        for (Element picture : body.getElementsByTag("picture")) {
            flatten(picture);
        }
        for (Element img : body.getElementsByTag("img")) {
            Optional<String> largest = largestOf(img);
            if (largest.isPresent()) {
                img.attr("src", largest.get());
            } else {
                LazyImages.promote(img);
            }
        }
    }

    /** A noscript holding images stands for the lazy image before it: the lazy one goes, its images stay. */
    private static void replaceLazySibling(Element noscript) {
        if (noscript.getElementsByTag("img").isEmpty()) {
            return;
        }
        Element previous = noscript.previousElementSibling();
        if (previous != null && previous.normalName().equals("img")) {
            previous.remove();
        } else if (previous != null && previous.normalName().equals("picture")) {
            previous.remove();
        }
        for (Element img : noscript.getElementsByTag("img")) {
            noscript.before(img);
        }
        noscript.remove();
    }

    private static void flatten(Element picture) {
        Element img = picture.selectFirst("img");
        if (img == null) {
            img = picture.appendElement("img");
        }
        if (largestOf(img).isEmpty() && img.attr("src").isBlank()) {
            for (Element source : picture.getElementsByTag("source")) {
                Optional<String> largest = largest(source.attr("srcset"))
                        .or(() -> largest(source.attr("data-srcset")));
                if (largest.isPresent()) {
                    img.attr("src", largest.get());
                    break;
                }
            }
        }
        picture.before(img);
        picture.remove();
    }

    private static Optional<String> largestOf(Element img) {
        for (String attribute : SRCSETS) {
            Optional<String> largest = largest(img.attr(attribute));
            if (largest.isPresent()) {
                return largest;
            }
        }
        return Optional.empty();
    }

    /**
     * The candidate with the largest width or density; a candidate with neither counts as 1x.
     * Parsed as the HTML spec says (a URL runs to white space, so commas inside it are kept).
     */
    static Optional<String> largest(String srcset) {
        if (srcset == null || srcset.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = -1;
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int urlStart = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(urlStart, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int comma = srcset.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                descriptor = srcset.substring(i, end).strip().toLowerCase(Locale.ROOT);
                i = end;
            }
            if (url.isEmpty() || url.toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue;
            }
            double score = score(descriptor);
            if (score > bestScore) {
                best = url;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Widths and densities are not comparable; a width is worth more than any density. */
    private static double score(String descriptor) {
        Matcher m = DESCRIPTOR.matcher(descriptor);
        if (!m.find()) {
            return 1;
        }
        double value = parse(m.group(1));
        return m.group(2).equals("w") ? 1_000 + value : value;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package io.tributary.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Embedded video: an {@code iframe} stays only when its host is one the operator listed
 * ({@code clean.embeds}), and then only as a player: forced to https, sandboxed (by the
 * allowlist), with no attribute but src, width, height, allowfullscreen and title. Every other
 * iframe goes with its content. Runs on the untrusted document, before sanitizing.
 */
final class Embeds {
    private static final Set<String> KEPT = Set.of("src", "width", "height", "allowfullscreen", "title");

    private final Set<String> hosts;

    Embeds(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean any() {
        return !hosts.isEmpty();
    }

    void prepare(Element body, URI base) {
        for (Element iframe : body.getElementsByTag("iframe")) {
            String src = allowedSource(iframe.attr("src"), base);
            if (src.isEmpty()) {
                iframe.remove();
                continue;
            }
            iframe.empty(); // fallback text inside an iframe is never shown by a browser that frames
            for (Attribute attribute : iframe.attributes().asList()) {
                if (!KEPT.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    iframe.removeAttr(attribute.getKey());
                }
            }
            keepNumber(iframe, "width");
            keepNumber(iframe, "height");
            iframe.attr("src", src);
        }
    }

    /** The https address of an allowed player, or empty. */
    private String allowedSource(String src, URI base) {
        if (hosts.isEmpty() || src.isBlank()) {
            return "";
        }
        try {
            URI uri = base == null ? new URI(src.strip()) : base.resolve(new URI(src.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))
                    || !hosts.contains(uri.getHost().toLowerCase(Locale.ROOT)) || uri.getRawUserInfo() != null) {
                return "";
            }
            URI https = new URI("https", null, uri.getHost().toLowerCase(Locale.ROOT), -1, uri.getPath(),
                    uri.getQuery(), null);
            return UrlNormalizer.stripTracking(https.toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static void keepNumber(Element iframe, String attribute) {
        if (iframe.hasAttr(attribute) && !iframe.attr(attribute).strip().matches("\\d{1,5}%?")) {
            iframe.removeAttr(attribute);
        }
    }
}

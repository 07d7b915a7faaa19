package io.tributary.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed an HTML page points to: the first {@code <link rel="alternate">} whose type is
 * RSS, Atom or JSON Feed, the convention browsers and feed readers use for autodiscovery
 * (issue 3, item 8). Only http and https links count: a page must not send us to a file.
 */
final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/feed+json", "application/json");

    /** The first feed link of the page, resolved against {@code pageUrl}; empty for anything else. */
    Optional<URI> feedLink(byte[] body, URI pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Element link : page.select("link[rel][href][type]")) {
            boolean alternate = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (alternate && FEED_TYPES.contains(type)) {
                Optional<URI> url = httpUrl(link.absUrl("href"));
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> httpUrl(String text) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

package io.tributary.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jdom2.Document;

/**
 * The URL a feed gives for itself: Atom's (or RSS's {@code atom:link}) {@code link rel="self"},
 * JSON Feed's {@code feed_url}. WebSub names a feed by it (the "topic", WebSub section 4), so a
 * subscriber must use it rather than the URL it happened to fetch.
 *
 * <p>Read with the same hardened XML reader as the feed itself; anything unreadable has no self link.
 */
public final class FeedSelfLink {
    private final BodySniffer sniffer = new BodySniffer();
    private final RecoveringXmlReader xmlReader = new RecoveringXmlReader();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The feed's own absolute http(s) URL, resolved against {@code documentUrl}; empty if it gives none. */
    public Optional<URI> find(byte[] body, URI documentUrl) {
        try {
            Optional<String> href = sniffer.looksLikeJsonObject(body) ? jsonFeedUrl(body)
                    : xmlSelf(xmlReader.read(body, documentUrl).document());
            return href.flatMap(link -> absolute(documentUrl, link));
        } catch (ParseException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> jsonFeedUrl(byte[] body) throws IOException {
        JsonNode feed = mapper.readTree(body);
        JsonNode url = feed == null ? null : feed.get("feed_url");
        return url != null && url.isTextual() ? Optional.of(url.asText()) : Optional.empty();
    }

    private static Optional<String> xmlSelf(Document document) {
        return ElementExtras.feedLink(document, "self");
    }

    private static Optional<URI> absolute(URI base, String link) {
        try {
            URI resolved = base.resolve(new URI(link));
            String scheme = resolved.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && resolved.getHost() != null ? Optional.of(resolved) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

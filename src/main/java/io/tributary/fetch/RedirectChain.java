package io.tributary.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.hc.core5.http.HttpStatus;

/**
 * The redirects of one fetch, hop by hop: where we are, whether every hop so far was permanent,
 * and whether the next hop would loop or go past the limit. RFC 9110 section 15.4: 301 and 308
 * say the resource moved for good; 302, 303 and 307 say "this time only".
 */
final class RedirectChain {

    /** Why the chain cannot go on, or empty when the next hop is fine. */
    record Hop(Optional<URI> next, Optional<String> refusal) {
    }

    private final int maxRedirects;
    private final Set<URI> seen = new HashSet<>();
    private URI current;
    private int hops;
    private boolean permanent = true;

    RedirectChain(URI start, int maxRedirects) {
        this.current = start;
        this.maxRedirects = maxRedirects;
        seen.add(start.normalize());
    }

    static boolean isRedirect(int status) {
        return status == HttpStatus.SC_MOVED_PERMANENTLY || status == HttpStatus.SC_MOVED_TEMPORARILY
                || status == HttpStatus.SC_SEE_OTHER || status == HttpStatus.SC_TEMPORARY_REDIRECT
                || status == HttpStatus.SC_PERMANENT_REDIRECT;
    }

    URI current() {
        return current;
    }

    /** Follows a {@code status} redirect to {@code location}, or says why not. */
    Hop follow(int status, String location) {
        URI next;
        try {
            next = current.resolve(new URI(location.trim())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Hop(Optional.empty(), Optional.of("invalid redirect location"));
        }
        // A loop and a chain longer than the limit get one message: both mean "this never ends".
        if (++hops > maxRedirects || !seen.add(next)) {
            return new Hop(Optional.empty(), Optional.of("too many redirects"));
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Hop(Optional.empty(), Optional.of("redirect to an unsupported URL scheme"));
        }
        permanent &= status == HttpStatus.SC_MOVED_PERMANENTLY || status == HttpStatus.SC_PERMANENT_REDIRECT;
        current = next;
        return new Hop(Optional.of(next), Optional.empty());
    }

    /** The feed's new home when there were redirects and all of them were permanent. */
    Optional<URI> movedTo() {
        return hops > 0 && permanent ? Optional.of(current) : Optional.empty();
    }

    /** Whether {@code url} is on the same origin (scheme, host, port) as where the chain began. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}

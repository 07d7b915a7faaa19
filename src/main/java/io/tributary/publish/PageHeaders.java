package io.tributary.publish;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers that tell a browser how to treat an HTML page: what it may load and run
 * ({@code Content-Security-Policy}) and what it may tell the sites it links to
 * ({@code Referrer-Policy}). {@code X-Content-Type-Options: nosniff} is on every answer already
 * ({@link SiteHandler}).
 *
 * <p>{@code no-referrer}: the pages are lists of links to other people's articles. Where a reader
 * came from (which topic page, which operator's {@code /status} on which internal host name) is
 * nobody else's business, and Tributary already strips trackers from what it republishes; the
 * cost, that a publisher cannot see the visit came through Tributary, is the point.
 */
final class PageHeaders {
    static final String REFERRER_POLICY = "no-referrer";

    private PageHeaders() {
    }

    /** Adds the page headers when {@code contentType} is HTML; leaves any other answer alone. */
    static void addIfHtml(HttpFields.Mutable headers, String contentType, PagePolicy policy) {
        if (!contentType.regionMatches(true, 0, "text/html", 0, "text/html".length())) {
            return;
        }
        headers.put("Content-Security-Policy", policy.inHeader());
        headers.put("Referrer-Policy", REFERRER_POLICY);
    }
}

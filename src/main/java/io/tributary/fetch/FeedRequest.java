package io.tributary.fetch;

import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * Builds the one kind of request Tributary sends: a GET for a feed. Every header we send is
 * decided here, so what a publisher sees from us can be read in one place.
 */
final class FeedRequest {

    /**
     * Feed types first; generic XML (which many servers use for feeds) a little lower; anything
     * else last, because some servers answer 406 to a list without a wildcard.
     */
    static final String ACCEPT = "application/atom+xml, application/rss+xml, application/rdf+xml, "
            + "application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    /**
     * Only the codings the JDK can decode. Stating them ourselves also stops the client from
     * offering codings that depend on optional libraries being on the class path.
     */
    static final String ACCEPT_ENCODING = "gzip, deflate";

    private final String userAgent;

    FeedRequest(String userAgent) {
        this.userAgent = userAgent;
    }

    /**
     * A GET for {@code url}, conditional when {@code state} holds validators from an earlier
     * answer (RFC 9110 section 13.1), so an unchanged feed costs a 304 and no body.
     */
    HttpGet build(URI url, FetchState state) {
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.USER_AGENT, userAgent);
        get.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        get.setHeader(HttpHeaders.ACCEPT_ENCODING, ACCEPT_ENCODING);
        state.etag().ifPresent(etag -> get.setHeader(HttpHeaders.IF_NONE_MATCH, etag));
        state.lastModified().ifPresent(date -> get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, date));
        return get;
    }
}

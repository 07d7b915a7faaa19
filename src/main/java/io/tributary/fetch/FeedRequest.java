package io.tributary.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

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
        return build(url, state, Map.of(), Optional.empty());
    }

    /**
     * The same GET with a source's own {@code headers} (set last, so an operator may replace one
     * of ours) and basic {@code auth}, sent up front: a private feed should not cost a 401 first.
     */
    HttpGet build(URI url, FetchState state, Map<String, String> headers, Optional<FetchOptions.Credentials> auth) {
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.USER_AGENT, userAgent);
        get.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        get.setHeader(HttpHeaders.ACCEPT_ENCODING, ACCEPT_ENCODING);
        state.etag().ifPresent(etag -> get.setHeader(HttpHeaders.IF_NONE_MATCH, etag));
        state.lastModified().ifPresent(date -> get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, date));
        auth.ifPresent(credentials -> get.setHeader(HttpHeaders.AUTHORIZATION, basic(credentials)));
        headers.forEach(get::setHeader);
        return get;
    }

    /** RFC 7617: user-id and password, UTF-8, base64. */
    private static String basic(FetchOptions.Credentials credentials) {
        String pair = credentials.user() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}

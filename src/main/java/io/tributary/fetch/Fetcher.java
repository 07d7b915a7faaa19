package io.tributary.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * Fetches a source's feed: {@link #fetch(URI, FetchState)} is the stage's one verb.
 *
 * <p>One {@code Fetcher} holds one pooled HTTP client and is meant to live as long as the
 * application and be shared by every poll thread; {@code fetch} is safe to call from many
 * threads at once. Close it on shutdown.
 *
 * <p>{@code fetch} never throws for a bad source. What it guarantees:
 * <ul>
 *   <li>{@code http:} and {@code https:}: a conditional GET ({@code If-None-Match} and
 *       {@code If-Modified-Since} from the state), redirects followed up to
 *       {@link FetchSettings#maxRedirects()}, the whole fetch (waiting for a connection,
 *       connecting, headers and body) cut off at {@link FetchSettings#timeout()}, the decoded
 *       body cut off at {@link FetchSettings#maxBytes()}, at most {@link FetchSettings#perHost()}
 *       connections per host; a source's {@link FetchOptions} may replace the limits.</li>
 *   <li>{@code file:}: the file read with the same size limit; status 0 and no validators.</li>
 *   <li>Anything else: {@link FetchOutcome#ERROR} "unsupported URL scheme".</li>
 * </ul>
 * The validators ({@code ETag}, {@code Last-Modified}) are returned only with
 * {@link FetchOutcome#OK} and {@link FetchOutcome#NOT_MODIFIED}, the two answers after which it
 * is right to remember them. Which status means which outcome is decided in one place,
 * {@code OutcomeRules}.
 */
public final class Fetcher implements AutoCloseable {

    private final CloseableHttpClient client;
    private final Watchdog watchdog;
    private final HttpFetch http;
    private final FileFetch files;

    public Fetcher(FetchSettings settings) {
        this(settings, SystemDefaultDnsResolver.INSTANCE, new PrivateAddresses());
    }

    /** For tests: a resolver that decides which host names exist, without asking real DNS. */
    Fetcher(FetchSettings settings, DnsResolver dns) {
        this(settings, dns, new PrivateAddresses());
    }

    /**
     * With the URL guard's own idea of which addresses are private; tests pass one that lets a
     * loopback WireMock stand for a public server.
     */
    public Fetcher(FetchSettings settings, DnsResolver dns, Predicate<InetAddress> isPrivate) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dns, "dns");
        requireValid(settings);
        OutcomeRules rules = new OutcomeRules(settings.timeout(), settings.connectTimeout());
        BodyReader reader = new BodyReader(settings.maxBytes());
        this.client = new HttpClientFactory(settings, dns).create();
        this.watchdog = new Watchdog();
        this.http = new HttpFetch(client, new FeedRequest(settings.userAgent()), rules, watchdog,
                new AddressGuard(dns, isPrivate), settings);
        this.files = new FileFetch(reader, rules, settings.maxBytes());
    }

    /**
     * Fetches {@code url}, conditionally when {@code state} holds validators. The caller picks
     * the URL (the configured one, or the state's effective URL after a permanent move).
     *
     * @return how the fetch ended; never {@code null}
     */
    public FetchResult fetch(URI url, FetchState state) {
        return fetch(url, state, url, FetchOptions.NONE);
    }

    /**
     * Fetches {@code url} for a source whose own configured URL is {@code configured}, with the
     * source's {@code options}. A redirect (or any URL) into a loopback, private or link-local
     * network is refused, {@code error: redirect to a private address}, unless {@code configured}
     * is on such a network itself.
     *
     * @return how the fetch ended; never {@code null}
     */
    public FetchResult fetch(URI url, FetchState state, URI configured, FetchOptions options) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(configured, "configured");
        Objects.requireNonNull(options, "options");
        long started = System.nanoTime();
        Answer answer = route(url, state, configured, options);
        return answer.toResult((System.nanoTime() - started) / 1_000_000);
    }

    private Answer route(URI url, FetchState state, URI configured, FetchOptions options) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http":
            case "https":
                return http.fetch(url, state, configured, options);
            case "file":
                return files.fetch(url);
            default:
                return Answer.failure(FetchOutcome.ERROR,
                        "unsupported URL scheme" + (scheme.isEmpty() ? "" : ": " + scheme), url);
        }
    }

    @Override
    public void close() {
        watchdog.close();
        client.close(CloseMode.GRACEFUL);
    }

    private static void requireValid(FetchSettings settings) {
        Objects.requireNonNull(settings.userAgent(), "userAgent");
        if (settings.connectTimeout() == null || settings.connectTimeout().isNegative()
                || settings.connectTimeout().isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + settings.connectTimeout());
        }
        if (settings.timeout() == null || settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + settings.timeout());
        }
        if (settings.maxBytes() < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + settings.maxBytes());
        }
        if (settings.maxRedirects() < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + settings.maxRedirects());
        }
    }
}

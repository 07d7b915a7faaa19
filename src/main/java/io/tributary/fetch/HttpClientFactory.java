package io.tributary.fetch;

import java.time.Duration;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds the one pooled, thread-safe HTTP client a {@link Fetcher} uses for its whole life. */
final class HttpClientFactory {

    /** All hosts together; well above the number of poll threads, so hosts never starve each other. */
    static final int MAX_CONNECTIONS_TOTAL = 64;

    /** Polls of one source are minutes apart, so a kept-alive connection rarely helps for long. */
    static final TimeValue IDLE_CONNECTION_LIFETIME = TimeValue.ofMinutes(1);

    private final FetchSettings settings;
    private final DnsResolver dns;

    HttpClientFactory(FetchSettings settings, DnsResolver dns) {
        this.settings = settings;
        this.dns = dns;
    }

    CloseableHttpClient create() {
        Timeout timeout = timeout(settings.timeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                // Politeness: never more than poll.per-host requests at once to one host (scheme,
                // host and port); the default 2 is the limit RFC 2616 once asked of clients.
                .setMaxConnPerRoute(Math.max(1, settings.perHost()))
                .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
                .setDnsResolver(dns)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(settings.connectTimeout()))
                        // A backstop for a silent server; the total limit is the Watchdog's job.
                        .setSocketTimeout(timeout)
                        .build())
                .build();
        RequestConfig requests = RequestConfig.custom()
                // Waiting for one of the two connections to a busy host counts against the same
                // total time as the fetch itself.
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                // HttpFetch follows redirects itself: it must see every hop to tell a permanent
                // move from a temporary one and to refuse a hop into a private network.
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(true)
                .build();
        HttpClientBuilder builder = HttpClients.custom();
        settings.proxy().ifPresent(proxy -> builder.setProxy(
                new HttpHost(proxy.getScheme() == null ? "http" : proxy.getScheme(), proxy.getHost(), proxy.getPort())));
        return builder
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requests)
                // Retrying, especially after 429/503, is the scheduler's backoff decision, not ours.
                .disableAutomaticRetries()
                // Feeds need no cookies, and one source's cookies must never reach another.
                .disableCookieManagement()
                .disableAuthCaching()
                .evictExpiredConnections()
                .evictIdleConnections(IDLE_CONNECTION_LIFETIME)
                .build();
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(duration.toMillis());
    }
}

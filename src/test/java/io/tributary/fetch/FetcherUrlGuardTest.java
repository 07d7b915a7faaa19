package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The URL guard (issue 3, item 10). WireMock listens on loopback, so most tests let loopback
 * stand for "public" and name private hosts through a test resolver; the guard refuses those
 * before any connection is tried.
 */
class FetcherUrlGuardTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Private as usual, except loopback, which here plays the public internet. */
    private static final Predicate<InetAddress> LOOPBACK_IS_PUBLIC =
            address -> !address.isLoopbackAddress() && new PrivateAddresses().test(address);

    /** Names ending in {@code .intranet.test} are private addresses; everything else resolves as usual. */
    private static final DnsResolver INTRANET = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (host.endsWith(".intranet.test")) {
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
            }
            return SystemDefaultDnsResolver.INSTANCE.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    };

    @Test
    void refusesARedirectFromAPublicSourceToAPrivateHost() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://router.intranet.test/admin")));

        FetchResult result = fetch(INTRANET, LOOPBACK_IS_PUBLIC, url("/feed"), url("/feed"));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("redirect to a private address");
    }

    @Test
    void refusesARedirectToAPrivateAddressLiteral() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));

        FetchResult result = fetch(INTRANET, LOOPBACK_IS_PUBLIC, url("/feed"), url("/feed"));

        assertThat(result.message()).isEqualTo("redirect to a private address");
    }

    @Test
    void refusesARedirectToAnIpv4MappedIpv6Address() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://[::ffff:10.0.0.1]/")));

        FetchResult result = fetch(INTRANET, LOOPBACK_IS_PUBLIC, url("/feed"), url("/feed"));

        assertThat(result.message()).isEqualTo("redirect to a private address");
    }

    @Test
    void letsASourceOnAPrivateNetworkRedirectWithinIt() {
        // Real rules: loopback is private, and so is the source's own URL.
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(301).withHeader("Location", "/moved")));
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(200).withBody("feed")));

        FetchResult result = fetch(SystemDefaultDnsResolver.INSTANCE, new PrivateAddresses(), url("/feed"),
                url("/feed"));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    }

    @Test
    void refusesAMovedUrlOnAPrivateNetworkWhenTheConfiguredOneIsPublic() {
        FetchResult result = fetch(INTRANET, LOOPBACK_IS_PUBLIC, URI.create("http://feeds.intranet.test/rss"),
                url("/feed"));

        assertThat(result.message()).isEqualTo("redirect to a private address");
    }

    @Test
    void checksTheAddressActuallyConnectedTo() {
        // DNS rebinding: the name looks public while it is checked, then points at loopback.
        AtomicInteger lookups = new AtomicInteger();
        DnsResolver rebinding = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (lookups.incrementAndGet() <= 2) {
                    return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 9})};
                }
                return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(200).withBody("secret")));
        URI url = URI.create("http://rebound.example.test:" + server.getPort() + "/feed");

        FetchResult result = fetch(rebinding, new PrivateAddresses(), url, url);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("redirect to a private address");
        assertThat(result.body()).isEmpty();
    }

    @Test
    void aRedirectBetweenPublicHostsIsFollowed() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(302).withHeader("Location", "/other")));
        server.stubFor(get("/other").willReturn(aResponse().withStatus(200).withBody("feed")));

        FetchResult result = fetch(INTRANET, LOOPBACK_IS_PUBLIC, url("/feed"), url("/feed"));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        server.verify(getRequestedFor(urlEqualTo("/other")));
    }

    private static FetchResult fetch(DnsResolver dns, Predicate<InetAddress> isPrivate, URI url, URI configured) {
        try (Fetcher fetcher = new Fetcher(Fixtures.settings(), dns, isPrivate)) {
            return fetcher.fetch(url, FetchState.initial(), configured, FetchOptions.NONE);
        }
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }
}

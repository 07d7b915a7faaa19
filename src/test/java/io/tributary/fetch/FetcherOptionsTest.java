package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A source's own headers, basic auth and limits, and the global proxy (issue 3, items 5 and 9). */
class FetcherOptionsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    @Test
    void sendsTheSourcesOwnHeaders() {
        server.stubFor(get("/private").willReturn(aResponse().withStatus(200).withBody("feed")));

        fetch(Fixtures.settings(), url("/private"), options(Map.of("X-Feed-Token", "t0ken"), Optional.empty()));

        server.verify(getRequestedFor(urlEqualTo("/private")).withHeader("X-Feed-Token", equalTo("t0ken")));
    }

    @Test
    void sendsBasicAuthWithTheFirstRequest() {
        server.stubFor(get("/private").willReturn(aResponse().withStatus(200).withBody("feed")));

        fetch(Fixtures.settings(), url("/private"),
                options(Map.of(), Optional.of(new FetchOptions.Credentials("reader", "s3cret"))));

        // base64("reader:s3cret")
        server.verify(getRequestedFor(urlEqualTo("/private"))
                .withHeader("Authorization", equalTo("Basic cmVhZGVyOnMzY3JldA==")));
    }

    @Test
    void keepsHeadersAndCredentialsFromAnotherHostARedirectPointsAt() {
        URI elsewhere = URI.create("http://127.0.0.1:" + server.getPort() + "/elsewhere");
        server.stubFor(get("/private").willReturn(aResponse().withStatus(302)
                .withHeader("Location", elsewhere.toString())));
        server.stubFor(get("/elsewhere").willReturn(aResponse().withStatus(200).withBody("feed")));

        fetch(Fixtures.settings(), url("/private"), options(Map.of("X-Feed-Token", "t0ken"),
                Optional.of(new FetchOptions.Credentials("reader", "s3cret"))));

        server.verify(getRequestedFor(urlEqualTo("/elsewhere"))
                .withHeader("X-Feed-Token", absent()).withHeader("Authorization", absent()));
    }

    @Test
    void theSourcesOwnTimeoutCutsASlowAnswer() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(3000)));
        FetchOptions shortTimeout = new FetchOptions(Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMillis(500)), Optional.empty());

        FetchResult result = fetch(Fixtures.settings(), url("/slow"), shortTimeout);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.message()).isEqualTo("timed out after 500ms");
    }

    @Test
    void theSourcesOwnSizeLimitCutsTheBody() {
        server.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("x".repeat(5000))));
        FetchOptions small = new FetchOptions(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(1000L));

        FetchResult result = fetch(Fixtures.settings(), url("/big"), small);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).hasSize(1000);
    }

    @Test
    void goesThroughTheConfiguredProxy() {
        // WireMock plays the proxy: it receives the request for a host that does not exist.
        server.stubFor(get("/via-proxy").willReturn(aResponse().withStatus(200).withBody("proxied")));
        FetchSettings s = Fixtures.settings();
        FetchSettings proxied = new FetchSettings(s.userAgent(), s.connectTimeout(), s.timeout(), s.maxBytes(),
                s.maxRedirects(), 2, Optional.of(URI.create(server.baseUrl())));

        FetchResult result = fetch(proxied, URI.create("http://feeds.nowhere.invalid/via-proxy"), FetchOptions.NONE);

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body())).isEqualTo("proxied");
    }

    private static FetchOptions options(Map<String, String> headers, Optional<FetchOptions.Credentials> auth) {
        return new FetchOptions(headers, auth, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static FetchResult fetch(FetchSettings settings, URI url, FetchOptions options) {
        try (Fetcher fetcher = new Fetcher(settings)) {
            return fetcher.fetch(url, FetchState.initial(), url, options);
        }
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }
}

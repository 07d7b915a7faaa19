package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Every way a fetch can fail ends in a result, never an exception. */
class FetcherFailureTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    private Fetcher fetcher;

    @BeforeEach
    void openFetcher() {
        fetcher = new Fetcher(Fixtures.settings());
    }

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            404 | ERROR        | HTTP 404
            500 | ERROR        | HTTP 500
            403 | ERROR        | HTTP 403
            410 | GONE         | HTTP 410
            429 | RATE_LIMITED | HTTP 429
            503 | RATE_LIMITED | HTTP 503
            """)
    void mapsAnErrorStatusToAnOutcome(int status, FetchOutcome outcome, String message) {
        server.stubFor(get("/status").willReturn(aResponse().withStatus(status).withBody("page")));

        FetchResult result = fetcher.fetch(url("/status"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.message()).isEqualTo(message);
        assertThat(result.httpStatus()).isEqualTo(status);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void rateLimitMessageIncludesRetryAfter() {
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        FetchResult result = fetcher.fetch(url("/busy"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(result.message()).isEqualTo("HTTP 429, retry after 120");
    }

    @Test
    void unavailableMessageIncludesRetryAfterDate() {
        server.stubFor(get("/down").willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "Wed, 01 May 2024 10:00:00 GMT")));

        FetchResult result = fetcher.fetch(url("/down"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(result.message()).isEqualTo("HTTP 503, retry after Wed, 01 May 2024 10:00:00 GMT");
    }

    @Test
    void rateLimitIsReportedAtOnceNotRetried() {
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        fetcher.fetch(url("/busy"), FetchState.initial());

        // A client that retried on its own would have asked twice; backoff is the scheduler's call.
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        FetchResult result = fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/feed"),
                FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("connection refused");
        assertThat(result.httpStatus()).isZero();
    }

    @Test
    void unknownHostIsAnError() {
        try (Fetcher noDns = new Fetcher(Fixtures.settings(), new NoHostsExist())) {
            FetchResult result = noDns.fetch(URI.create("http://feeds.nowhere.invalid/rss"),
                    FetchState.initial());

            assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
            assertThat(result.message()).isEqualTo("unknown host");
        }
    }

    @Test
    void connectionDroppedBeforeAnAnswerIsAnError() {
        server.stubFor(get("/drop").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        FetchResult result = fetcher.fetch(url("/drop"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("connection closed by server");
    }

    @Test
    void garbageInsteadOfHttpIsAnError() {
        server.stubFor(get("/garbage").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        FetchResult result = fetcher.fetch(url("/garbage"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isNotBlank();
    }

    @Test
    void unsupportedSchemeIsAnError() {
        FetchResult result = fetcher.fetch(URI.create("ftp://localhost/feed.xml"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("unsupported URL scheme: ftp");
        assertThat(result.finalUrl()).isEqualTo(URI.create("ftp://localhost/feed.xml"));
    }

    @Test
    void urlWithoutSchemeIsAnError() {
        FetchResult result = fetcher.fetch(URI.create("feeds/local.xml"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("unsupported URL scheme");
    }

    @Test
    void httpUrlWithoutHostIsAnError() {
        FetchResult result = fetcher.fetch(URI.create("http:///feed.xml"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("invalid URL: no host");
    }

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** A resolver for a world without DNS, so the test never asks a real name server. */
    private static final class NoHostsExist implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException(host);
        }
    }
}

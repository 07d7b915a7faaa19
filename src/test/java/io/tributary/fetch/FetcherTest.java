package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** A well-behaved server: the body, the metadata, the headers we send, content coding. */
class FetcherTest {

    private static final String FEED_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ETAG = "\"v7\"";
    private static final String LAST_MODIFIED = "Wed, 01 May 2024 09:00:00 GMT";

    // WireMock's own gzip is off so each test decides exactly which bytes go on the wire.
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

    @Test
    void returnsTheBodyAndMetadataOfAFeed() {
        byte[] feed = Fixtures.bytes("small-atom-feed.xml");
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", FEED_TYPE)
                .withHeader("ETag", ETAG)
                .withHeader("Last-Modified", LAST_MODIFIED)
                .withBody(feed)));

        FetchResult result = fetcher.fetch(url("/feed"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(feed);
        assertThat(result.contentType()).contains(FEED_TYPE);
        assertThat(result.etag()).contains(ETAG);
        assertThat(result.lastModified()).contains(LAST_MODIFIED);
        assertThat(result.finalUrl()).isEqualTo(url("/feed"));
        assertThat(result.millis()).isNotNegative();
    }

    @Test
    void sendsUserAgentFeedAcceptAndCompressionHeaders() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(200).withBody("x")));

        fetcher.fetch(url("/feed"), FetchState.initial());

        server.verify(getRequestedFor(urlEqualTo("/feed"))
                .withHeader("User-Agent", equalTo(Fixtures.USER_AGENT))
                .withHeader("Accept", equalTo("application/atom+xml, application/rss+xml, "
                        + "application/rdf+xml, application/feed+json, application/xml;q=0.9, "
                        + "text/xml;q=0.9, */*;q=0.8"))
                .withHeader("Accept-Encoding", equalTo("gzip, deflate")));
    }

    @Test
    void sendsTheRememberedValidatorsAsConditionalHeaders() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(200).withBody("x")));

        fetcher.fetch(url("/feed"), stateWith(ETAG, LAST_MODIFIED));

        server.verify(getRequestedFor(urlEqualTo("/feed"))
                .withHeader("If-None-Match", equalTo(ETAG))
                .withHeader("If-Modified-Since", equalTo(LAST_MODIFIED)));
    }

    @Test
    void sendsNoConditionalHeadersForASourceNeverFetched() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(200).withBody("x")));

        fetcher.fetch(url("/feed"), FetchState.initial());

        server.verify(getRequestedFor(urlEqualTo("/feed"))
                .withHeader("If-None-Match", absent())
                .withHeader("If-Modified-Since", absent()));
    }

    @Test
    void notModifiedAnswerGivesAnEmptyBodyAndTheValidators() {
        // Only a request carrying our validators gets the 304, so this also proves we sent them.
        server.stubFor(get("/feed").withHeader("If-None-Match", equalTo(ETAG))
                .willReturn(aResponse().withStatus(304)
                        .withHeader("ETag", ETAG)
                        .withHeader("Last-Modified", LAST_MODIFIED)));

        FetchResult result = fetcher.fetch(url("/feed"), stateWith(ETAG, LAST_MODIFIED));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(result.httpStatus()).isEqualTo(304);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).contains(ETAG);
        assertThat(result.lastModified()).contains(LAST_MODIFIED);
    }

    @Test
    void decodesAGzipEncodedBody() throws IOException {
        byte[] feed = Fixtures.bytes("small-atom-feed.xml");
        server.stubFor(get("/feed.gz").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", FEED_TYPE)
                .withHeader("Content-Encoding", "gzip")
                .withBody(gzip(feed))));

        FetchResult result = fetcher.fetch(url("/feed.gz"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(feed);
    }

    @Test
    void decodesADeflateEncodedBody() throws IOException {
        byte[] feed = Fixtures.bytes("small-atom-feed.xml");
        server.stubFor(get("/feed.z").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Encoding", "deflate")
                .withBody(deflate(feed))));

        FetchResult result = fetcher.fetch(url("/feed.z"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(feed);
    }

    @Test
    void anErrorAnswerCarriesNoBodyAndNoValidators() {
        server.stubFor(get("/broken").willReturn(aResponse().withStatus(500)
                .withHeader("ETag", ETAG)
                .withBody("<html>Internal error page</html>")));

        FetchResult result = fetcher.fetch(url("/broken"), FetchState.initial());

        assertThat(result.outcome()).isEqualTo(FetchOutcome.ERROR);
        assertThat(result.message()).isEqualTo("HTTP 500");
        assertThat(result.httpStatus()).isEqualTo(500);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEmpty();
    }

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static FetchState stateWith(String etag, String lastModified) {
        return new FetchState(Optional.of(etag), Optional.of(lastModified), Optional.empty(),
                Optional.of("ok"), 0, Optional.of(Instant.parse("2024-05-01T09:00:00Z")));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}

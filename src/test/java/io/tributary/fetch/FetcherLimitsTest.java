package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Servers that answer too slowly or send too much. "Does not hang" is proved with generous
 * preemptive timeouts, far above the configured limit and far below the server's own pace.
 */
class FetcherLimitsTest {

    /** Far longer than any limit under test: reaching it means the limit did not work. */
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(12);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    @Test
    void serverThatDelaysItsAnswerTimesOut() {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("late")
                .withFixedDelay(30_000)));

        FetchResult result = fetchWithin(Fixtures.withTimeout(Duration.ofSeconds(1)), "/slow");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.message()).isEqualTo("timed out after 1s");
        assertThat(result.body()).isEmpty();
        // The server never answers, so the fetch cannot have ended before its limit.
        assertThat(result.millis()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void bodyThatTricklesIsCutOffAtTheTotalTimeLimit() {
        // A chunk every 500 ms keeps the socket busy, so no socket timeout (2 s) ever trips; only
        // the total limit can stop this 25 s answer.
        server.stubFor(get("/trickle").willReturn(aResponse().withStatus(200)
                .withBody(filler(5_000))
                .withChunkedDribbleDelay(50, 25_000)));

        FetchResult result = fetchWithin(Fixtures.withTimeout(Duration.ofSeconds(2)), "/trickle");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.message()).isEqualTo("timed out after 2s");
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void bodyOverTheLimitIsCutAtMaxBytes() {
        byte[] body = filler(10_000);
        server.stubFor(get("/big").willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "\"big\"")
                .withBody(body)));

        FetchResult result = fetchWithin(Fixtures.withMaxBytes(1_000), "/big");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.message()).isEqualTo("body larger than 1000 bytes");
        assertThat(result.body()).isEqualTo(Arrays.copyOf(body, 1_000));
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.etag()).isEmpty();
    }

    @Test
    void bodyOfExactlyMaxBytesIsReadWhole() {
        byte[] body = filler(1_000);
        server.stubFor(get("/exact").willReturn(aResponse().withStatus(200).withBody(body)));

        FetchResult result = fetchWithin(Fixtures.withMaxBytes(1_000), "/exact");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).isEqualTo(body);
    }

    @Test
    void largeBodyStopsBeingReadAtTheLimitWithoutWaitingForTheRest() {
        // 200 kB over 25 s; the first chunk alone passes the limit. Waiting for (or draining) the
        // rest would run into DOES_NOT_HANG long before the 20 s total limit.
        server.stubFor(get("/endless").willReturn(aResponse().withStatus(200)
                .withBody(filler(200_000))
                .withChunkedDribbleDelay(50, 25_000)));

        FetchResult result = fetchWithin(Fixtures.withMaxBytes(1_000), "/endless");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).hasSize(1_000);
    }

    @Test
    void decompressionBombIsCutAtTheLimitOfDecodedBytes() throws IOException {
        // 20 MB of zeros gzip to about 20 kB: the limit must count what comes out, not what went in.
        server.stubFor(get("/bomb").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Encoding", "gzip")
                .withBody(gzippedZeros(20_000_000))));

        FetchResult result = fetchWithin(Fixtures.withMaxBytes(100_000), "/bomb");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.body()).hasSize(100_000);
    }

    private FetchResult fetchWithin(FetchSettings settings, String path) {
        return assertTimeoutPreemptively(DOES_NOT_HANG, () -> {
            try (Fetcher fetcher = new Fetcher(settings)) {
                return fetcher.fetch(URI.create(server.baseUrl() + path), FetchState.initial());
            }
        });
    }

    /** Readable, position-dependent bytes, so a cut in the wrong place shows in a comparison. */
    private static byte[] filler(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + (i % 26));
        }
        return bytes;
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros, 0, Math.min(zeros.length, size - written));
            }
        }
        return out.toByteArray();
    }
}

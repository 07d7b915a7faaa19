package io.tributary.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** One Fetcher shared by many poll threads: each gets its own answer, and a host gets two at a time. */
class FetcherConcurrencyTest {

    private static final int THREADS = 6;
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(30);

    private static final InFlight inFlight = new InFlight();

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true).extensions(inFlight))
            .build();

    private Fetcher fetcher;
    private ExecutorService pollers;

    @BeforeEach
    void open() {
        inFlight.reset();
        fetcher = new Fetcher(Fixtures.settings());
        pollers = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() {
        pollers.shutdownNow();
        fetcher.close();
    }

    @Test
    void manyThreadsEachGetTheirOwnBody() throws Exception {
        for (int i = 0; i < THREADS; i++) {
            server.stubFor(get("/feed/" + i).willReturn(aResponse().withStatus(200).withBody("feed " + i)));
        }

        List<FetchResult> results = fetchAtOnce(i -> "/feed/" + i);

        for (int i = 0; i < THREADS; i++) {
            assertThat(results.get(i).outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(new String(results.get(i).body(), StandardCharsets.UTF_8)).isEqualTo("feed " + i);
        }
    }

    @Test
    void atMostTwoRequestsReachOneHostAtOnce() throws Exception {
        // Each answer takes a moment, so six fetches started together would overlap six-fold
        // without the per-host limit; with it they pass two by two.
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("ok")
                .withFixedDelay(400)));

        List<FetchResult> results = fetchAtOnce(i -> "/slow");

        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FetchOutcome.OK));
        assertThat(inFlight.max()).isEqualTo(2);
    }

    @Test
    void thePerHostLimitIsConfigurable() throws Exception {
        fetcher.close();
        FetchSettings s = Fixtures.settings();
        fetcher = new Fetcher(new FetchSettings(s.userAgent(), s.connectTimeout(), s.timeout(), s.maxBytes(),
                s.maxRedirects(), 3, java.util.Optional.empty()));
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("ok")
                .withFixedDelay(400)));

        List<FetchResult> results = fetchAtOnce(i -> "/slow");

        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FetchOutcome.OK));
        assertThat(inFlight.max()).isEqualTo(3);
    }

    private List<FetchResult> fetchAtOnce(java.util.function.IntFunction<String> pathOf) throws Exception {
        return assertTimeoutPreemptively(DOES_NOT_HANG, () -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<FetchResult>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                URI url = URI.create(server.baseUrl() + pathOf.apply(i));
                futures.add(pollers.submit(() -> {
                    start.await();
                    return fetcher.fetch(url, FetchState.initial());
                }));
            }
            start.countDown();
            List<FetchResult> results = new ArrayList<>();
            for (Future<FetchResult> future : futures) {
                results.add(future.get());
            }
            return results;
        });
    }

    /** Counts requests the server is busy with, and the most there ever were at once. */
    private static final class InFlight implements ServeEventListener {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
            int current = now.incrementAndGet();
            max.accumulateAndGet(current, Math::max);
        }

        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            now.decrementAndGet();
        }

        @Override
        public String getName() {
            return "in-flight";
        }

        int max() {
            return max.get();
        }

        void reset() {
            now.set(0);
            max.set(0);
        }
    }
}

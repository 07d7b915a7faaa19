package io.tributary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tributary.config.StoreSettings;
import io.tributary.store.PublishedStory;
import io.tributary.store.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} in a real child JVM, stopped with SIGTERM while a poll is in flight: the process
 * ends, and the store opens cleanly holding what was committed (issue 7, item 12).
 */
class GracefulShutdownTest {
    /** Generous: JVM start, first poll, grace, shutdown, on a busy machine. */
    private static final long EXIT_TIMEOUT_SECONDS = 90;

    @TempDir
    Path work;

    private WireMockServer sources;

    @BeforeEach
    void startSources() {
        sources = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        sources.start();
    }

    @AfterEach
    void stopSources() {
        sources.stop();
    }

    @Test
    void aPollInFlightFinishesAndIsCommittedBeforeTheProcessEnds() throws Exception {
        serveSlowly(3_000);
        Process run = start();
        awaitRequest(run);

        run.destroy(); // SIGTERM

        assertThat(run.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("run ended").isTrue();
        try (Store store = Store.open(storeSettings())) {
            assertThat(store.latest(10, Optional.empty())).extracting(PublishedStory::title)
                    .containsExactly("The tide came in late");
        }
    }

    @Test
    void aPollSlowerThanTheGraceTimeDoesNotHoldTheShutdownOrLeaveAnythingHalfWritten() throws Exception {
        serveSlowly(120_000);
        Process run = start();
        awaitRequest(run);
        long stopping = System.nanoTime();

        run.destroy();

        assertThat(run.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("run ended").isTrue();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopping)).isLessThan(60);
        try (Store store = Store.open(storeSettings())) {
            assertThat(store.latest(10, Optional.empty())).isEmpty();
        }
    }

    private void serveSlowly(int millis) throws Exception {
        try (InputStream in = GracefulShutdownTest.class.getResourceAsStream("/shutdown/slow-river.rss")) {
            sources.stubFor(get(urlEqualTo("/slow.rss")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/rss+xml").withBody(in.readAllBytes())
                    .withFixedDelay(millis)));
        }
    }

    private Process start() throws Exception {
        Path config = work.resolve("tributary.yml");
        Files.writeString(config, """
                title: "Shutdown"
                base-url: "http://feeds.test"
                server: { port: 0 }
                store: { url: "%s" }
                poll: { interval: 1h, threads: 1, timeout: 5m }
                sources:
                  - name: "Slow River"
                    url: "%s/slow.rss"
                """.formatted(storeSettings().url(), sources.baseUrl()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Tributary.class.getName(),
                "run", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile())
                .start();
    }

    private void awaitRequest(Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_TIMEOUT_SECONDS);
        while (sources.getAllServeEvents().isEmpty()) {
            assertThat(run.isAlive()).as("run is alive; its log: %s", log()).isTrue();
            assertThat(System.nanoTime()).as("the source was asked in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String log() throws Exception {
        Path log = work.resolve("run.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private StoreSettings storeSettings() {
        return new StoreSettings("jdbc:hsqldb:file:" + work.resolve("store/tributary"), "", "");
    }

}

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
 * {@code run} in a real child JVM: stopped with SIGTERM while a poll is in flight, the process
 * ends and the store opens cleanly holding what was committed (issue 7, item 12); edited while
 * running, it rejects a bad config and takes a good one without a restart (item 1).
 */
class RunProcessTest {
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
        try (InputStream in = RunProcessTest.class.getResourceAsStream("/shutdown/slow-river.rss")) {
            sources.stubFor(get(urlEqualTo("/slow.rss")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/rss+xml").withBody(in.readAllBytes())
                    .withFixedDelay(millis)));
        }
    }

    private Process start() throws Exception {
        Path config = work.resolve("tributary.yml");
        Files.writeString(config, configText(""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Tributary.class.getName(),
                "run", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile())
                .start();
    }

    @Test
    void logFormatJsonWritesOnePollLinePerSourceAsJson() throws Exception {
        serveSlowly(0);
        Path config = work.resolve("tributary.yml");
        Files.writeString(config, configText(""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process poll = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Tributary.class.getName(),
                "poll", "--log-format", "json", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile()).start();

        assertThat(poll.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        String pollLine = log().lines().filter(line -> line.contains("SourcePoller")).findFirst().orElseThrow();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(pollLine);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("formattedMessage").asText()).startsWith("poll Slow River: ok (new 1,");
    }

    /** The config, with {@code extra} appended to the source list. */
    private String configText(String extra) {
        return """
                title: "Shutdown"
                base-url: "http://feeds.test"
                server: { port: 0 }
                store: { url: "%s" }
                poll: { interval: 1h, threads: 1, timeout: 5m }
                sources:
                  - name: "Slow River"
                    url: "%s/slow.rss"
                """.formatted(storeSettings().url(), sources.baseUrl()) + extra;
    }

    @Test
    void aRunningInstanceRejectsABadEditThenTakesAGoodOneWithoutRestarting() throws Exception {
        serveSlowly(0);
        Process run = start();
        try {
            int port = awaitPort(run);
            Files.writeString(work.resolve("tributary.yml"), configText("    intervall: 5m\n"));
            String degraded = awaitBody(port, "/health", "\"degraded\"");
            assertThat(degraded).contains("tributary.yml:9:").contains("intervall");

            Files.writeString(work.resolve("tributary.yml"), configText("""
                      - name: "Second River"
                        url: "%s/slow.rss?copy"
                    """.formatted(sources.baseUrl())));
            String status = awaitBody(port, "/api/status", "Second River");
            assertThat(status).doesNotContain("configError");
        } finally {
            run.destroy();
            run.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private int awaitPort(Process run) throws Exception {
        java.util.regex.Pattern port = java.util.regex.Pattern.compile("on port (\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            java.util.regex.Matcher found = port.matcher(log());
            if (found.find()) {
                return Integer.parseInt(found.group(1));
            }
            assertThat(run.isAlive()).as("run is alive; its log: %s", log()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("run never said its port; its log: " + log());
    }

    private String awaitBody(int port, String path, String wanted) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_TIMEOUT_SECONDS);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(wanted)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " never contained " + wanted + "; last: " + body + "; log: " + log());
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

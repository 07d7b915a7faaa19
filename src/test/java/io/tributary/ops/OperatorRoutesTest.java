package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.config.SourceConfig;
import io.tributary.publish.FeedServer;
import io.tributary.publish.HealthReport;
import io.tributary.publish.PublishedSite;
import io.tributary.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorRoutesTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final SourceConfig calm = StoredPolls.source("Calm");
    private final HttpClient http = HttpClient.newHttpClient();
    private Store store;
    private FeedServer server;
    private Optional<String> configError = Optional.empty();

    @BeforeEach
    void start() throws Exception {
        store = Store.open(StoredPolls.memory());
        new StoredPolls(store).ok(calm, NOW, 40, StoredPolls.Item.of("High water", NOW, "rivers"));
        OperatorRoutes routes = new OperatorRoutes(() -> io.tributary.ops.Configs.with(List.of(calm)), store,
                name -> Optional.of(NOW.plusSeconds(900)), () -> configError, new PollMetrics(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        server = new FeedServer(0, PublishedSite::empty,
                () -> new HealthReport(HealthReport.OK, Optional.empty(), List.of()), routes.routes());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void servesTheStatusPageUncached() throws Exception {
        HttpResponse<String> page = get("/status");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("Calm").contains("<svg");
    }

    @Test
    void statusPageMayApplyItsOwnStylesheetAndNothingElse() throws Exception {
        HttpResponse<String> page = get("/status");
        String body = page.body();
        String style = body.substring(body.indexOf("<style>") + "<style>".length(), body.indexOf("</style>"));
        String hash = "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                .getInstance("SHA-256").digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(page.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; "
                + "style-src '" + hash + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(body).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;")
                .doesNotContain("<script", " style=\"");
    }

    @Test
    void jsonAndMetricsAreNotSniffed() throws Exception {
        assertThat(get("/api/status").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(get("/metrics").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void servesTheSameStatusAsJson() throws Exception {
        configError = Optional.of("tributary.yml:2:1: unknown key");

        JsonNode json = new ObjectMapper().readTree(get("/api/status").body());

        assertThat(json.get("status").asText()).isEqualTo("degraded");
        assertThat(json.get("configError").asText()).contains("2:1");
        assertThat(json.get("sources").get(0).get("name").asText()).isEqualTo("Calm");
        assertThat(json.get("sources").get(0).get("entriesLast7Days").asLong()).isEqualTo(1);
        assertThat(json.get("sources").get(0).get("polls")).hasSize(1);
    }

    @Test
    void servesPrometheusText() throws Exception {
        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        assertThat(metrics.body()).contains("tributary_store_entries 1\n");
    }

    @Test
    void otherPathsAreStillNotFound() throws Exception {
        assertThat(get("/status/extra").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

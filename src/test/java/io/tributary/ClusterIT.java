package io.tributary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tributary.store.StoreFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of a cluster, each the packaged jar in its own JVM, on one real PostgreSQL (a fresh
 * schema) and three WireMock sources polled every 3 s, checking in every 2 s: together they poll
 * each source once per interval; killed with SIGKILL, one node leaves the other to poll every
 * source and serve the complete feed. Skipped only when PostgreSQL cannot be reached.
 */
class ClusterIT {
    private static final Path JAR = Path.of("target", "tributary.jar");
    private static final int INTERVAL_SECONDS = 3;
    private static final List<String> FEEDS = List.of("/one.xml", "/two.xml", "/three.xml");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    private StoreFixture.FreshDatabase database;
    private WireMockServer sources;
    private final List<Process> nodes = new ArrayList<>();

    @BeforeEach
    void start() {
        database = StoreFixture.POSTGRESQL.fresh();
        sources = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        sources.start();
        serve("/one.xml", feed("One", item("one-1"), item("one-2"), item("shared")));
        serve("/two.xml", feed("Two", item("two-1"), item("two-2"), item("shared")));
        serve("/three.xml", feed("Three", item("three-1"), item("three-2")));
    }

    @AfterEach
    void stop() throws Exception {
        for (Process node : nodes) {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (sources != null) {
            sources.stop();
        }
        StoreFixture.closeIfOpened(database);
    }

    @Test
    void twoNodesPollEachSourceOncePerIntervalAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        Path config = config();
        int portA = freePort();
        int portB = freePort();
        Process nodeA = node(config, "a", portA);
        Process nodeB = node(config, "b", portB);

        // 7 stories: two per source, and one link carried by two sources, stored once
        String feedA = waitForFeed(portA, body -> count(body, "<entry>") == 7, Duration.ofSeconds(120));
        waitForFeed(portB, body -> count(body, "<entry>") == 7, Duration.ofSeconds(60));
        assertThat(feedA).contains("shared").contains("one-1").contains("three-2");
        assertThat(sameEtagEventually(portA, portB)).as("both nodes serve the same bytes").isTrue();

        // both alive: each source fetched once per interval in total, not once per node
        int window = 15;
        List<Integer> before = requestCounts();
        Thread.sleep(window * 1000L);
        List<Integer> after = requestCounts();
        for (int i = 0; i < FEEDS.size(); i++) {
            assertThat(after.get(i) - before.get(i)).as("requests for %s in %d s", FEEDS.get(i), window)
                    .isBetween(window / INTERVAL_SECONDS - 2, window / INTERVAL_SECONDS + 2);
        }

        nodeA.destroyForcibly(); // SIGKILL: no shutdown hook, no clean hand-over
        assertThat(nodeA.waitFor(30, TimeUnit.SECONDS)).isTrue();
        serve("/three.xml", feed("Three", item("three-1"), item("three-2"), item("after-the-kill")));

        String feedB = waitForFeed(portB, body -> body.contains("after-the-kill"), Duration.ofSeconds(60));
        assertThat(count(feedB, "<entry>")).isEqualTo(8);
        assertThat(ids(feedB)).doesNotHaveDuplicates().hasSize(8);
        List<Integer> afterKill = requestCounts();
        Thread.sleep(window * 1000L);
        List<Integer> later = requestCounts();
        for (int i = 0; i < FEEDS.size(); i++) {
            assertThat(later.get(i) - afterKill.get(i)).as("requests for %s after the kill", FEEDS.get(i))
                    .isBetween(window / INTERVAL_SECONDS - 2, window / INTERVAL_SECONDS + 2);
        }
        assertThat(nodeB.isAlive()).isTrue();
    }

    private Path config() throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("title: \"Cluster\"\n")
                .append("base-url: \"http://cluster.example.org\"\n")
                .append("store: { url: \"").append(database.settings().url()).append("\", user: \"")
                .append(database.settings().user()).append("\", password: \"")
                .append(database.settings().password()).append("\" }\n")
                .append("poll: { interval: ").append(INTERVAL_SECONDS).append("s, threads: 2 }\n")
                .append("sources:\n");
        String[] names = {"One", "Two", "Three"};
        for (int i = 0; i < FEEDS.size(); i++) {
            yaml.append("  - name: \"").append(names[i]).append("\"\n")
                    .append("    url: \"").append(sources.baseUrl()).append(FEEDS.get(i)).append("\"\n");
        }
        Path config = work.resolve("cluster.yml");
        Files.writeString(config, yaml);
        return config;
    }

    private Process node(Path config, String name, int port) throws IOException {
        Process process = new ProcessBuilder(java(), "-Xmx256m", "-jar", JAR.toString(), "run",
                "--config", config.toString(), "--port", Integer.toString(port),
                "--node", name, "--check-in", "2s")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("node-" + name + ".log").toFile())
                .start();
        nodes.add(process);
        return process;
    }

    private void serve(String path, String body) {
        sources.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody(body)));
    }

    private List<Integer> requestCounts() {
        List<Integer> counts = new ArrayList<>();
        for (String path : FEEDS) {
            counts.add(sources.findAll(getRequestedFor(urlEqualTo(path))).size());
        }
        return counts;
    }

    private static String feed(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://" + title.toLowerCase() + ".example.org/</link><description>d</description>"
                + String.join("", items) + "</channel></rss>\n";
    }

    private static String item(String slug) {
        return "<item><title>Story " + slug + "</title><link>https://news.example.org/" + slug + "</link>"
                + "<description>About " + slug + ".</description>"
                + "<pubDate>Sun, 01 Mar 2026 12:00:00 GMT</pubDate></item>";
    }

    private String waitForFeed(int port, Predicate<String> ready, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Optional<HttpResponse<String>> response = fetch(port);
            if (response.isPresent() && response.get().statusCode() == 200) {
                last = response.get().body();
                if (ready.test(last)) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node on port " + port + " never served the expected feed; last:\n" + last
                + "\nlogs:\n" + logs());
    }

    private boolean sameEtagEventually(int portA, int portB) throws Exception {
        for (int i = 0; i < 20; i++) {
            Optional<String> a = fetch(portA).flatMap(r -> r.headers().firstValue("ETag"));
            Optional<String> b = fetch(portB).flatMap(r -> r.headers().firstValue("ETag"));
            if (a.isPresent() && a.equals(b)) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static Optional<HttpResponse<String>> fetch(int port) throws InterruptedException {
        try {
            return Optional.of(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feeds/all.atom"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty(); // not listening yet
        }
    }

    private String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                logs.append("== ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        }
        return logs.toString();
    }

    private static List<String> ids(String feed) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("<entry>\\s*<id>([^<]*)</id>").matcher(feed);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}

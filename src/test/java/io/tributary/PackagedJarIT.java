package io.tributary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/tributary.jar} as an operator runs it: its exit codes, the offline
 * demo served over HTTP, a clean stop on SIGTERM, and a store that survives the restart.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "tributary.jar");

    @TempDir
    Path work;

    @Test
    void checkAcceptsTheDemoConfigAndTheStartingConfig() throws Exception {
        assertThat(runJar("check", "--config", "config/demo.yml").exit()).isZero();
        assertThat(runJar("check", "--config", "config/tributary.yml").exit()).isZero();
    }

    @Test
    void checkReportsEveryProblemWithFileLineAndColumnAndExitsTwo() throws Exception {
        Path bad = work.resolve("bad.yml");
        Files.writeString(bad, """
                title: "Bad"
                poll: { intervall: 5m }
                sources:
                  - name: "One"
                    url: "not a url"
                    topics: [nowhere]
                """);
        Result result = runJar("check", "--config", bad.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(bad + ":2:9: ").contains("intervall");
        assertThat(result.err().lines().filter(line -> line.startsWith(bad + ":")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void runServesTheDemoStopsOnSigtermAndKeepsTheStore() throws Exception {
        Path config = demoCopy();
        int port = freePort();
        Process run = new ProcessBuilder(java(), "-jar", JAR.toString(), "run", "--config", config.toString(),
                "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile())
                .start();
        try {
            String feed = waitForFeedWithEntries(port, 7);
            assertThat(feed).contains("Rights Desk").contains("World Wire").contains("Press Notes");
            assertThat(feed).doesNotContain("utm_").doesNotContain("&lt;script");
        } finally {
            run.destroy(); // SIGTERM
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
        }
        assertThat(Files.readString(work.resolve("run.log"))).contains("stopped");

        Result again = runJar("poll", "--config", config.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("total: 3 sources, 0 failed; new 0, updated 0, duplicate 0");
    }

    private Path demoCopy() throws IOException {
        Path demo = work.resolve("demo");
        Files.createDirectories(demo);
        try (Stream<Path> files = Files.list(Path.of("config", "demo"))) {
            for (Path file : files.toList()) {
                Files.copy(file, demo.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String yaml = Files.readString(Path.of("config", "demo.yml"))
                .replace("jdbc:hsqldb:file:data/demo/tributary",
                        "jdbc:hsqldb:file:" + work.resolve("store").resolve("tributary"));
        Path config = work.resolve("demo.yml");
        Files.writeString(config, yaml);
        return config;
    }

    private static String waitForFeedWithEntries(int port, int entries) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feeds/all.atom"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200 && count(last, "<entry>") >= entries) {
                    return last;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no feed with " + entries + " entries within 60 s; last body:\n" + last);
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
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Result runJar(String... args) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}

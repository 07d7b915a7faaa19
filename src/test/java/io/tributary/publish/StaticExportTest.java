package io.tributary.publish;

import static io.tributary.publish.Configs.config;
import static io.tributary.publish.Configs.topic;
import static io.tributary.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

class StaticExportTest {
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");

    @TempDir
    Path out;

    private final StaticExport export = new StaticExport();

    private static PublishedSite site(String title) {
        return new SiteRenderer().render(
                config(10, topic("climate", "Climate"), topic("rivers", "Rivers")),
                new FakeStorySource(List.of(story("a", title, List.of("climate")))), NOW);
    }

    private List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString())
                    .sorted().toList();
        }
    }

    @Test
    void writesTheIndexTheMergedFeedAndEveryTopicFeed() throws IOException {
        export.write(site("Weir"), out);

        assertThat(filesUnder(out)).contains("all.atom", "all.json", "index.html",
                "sources.opml", "topics.opml", "topics/climate.atom", "topics/climate.json",
                "topics/rivers.atom", "topics/climate/index.html", "feeds/all.atom",
                "feeds/topics/rivers.json");
    }

    @Test
    @Timeout(60)
    void writesTheSameBytesTheServerSends() throws Exception {
        PublishedSite site = site("Weir");
        export.write(site, out);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        try (FeedServer server = new FeedServer(0, () -> site,
                () -> new HealthReport("ok", Optional.empty(), List.of()))) {
            server.start();
            Map<String, String> served = Map.of("/", "index.html", "/feeds/all.atom", "all.atom",
                    "/feeds/topics/climate.atom", "topics/climate.atom",
                    "/feeds/topics/rivers.atom", "topics/rivers.atom",
                    "/feeds/all.json", "all.json", "/feeds/sources.opml", "sources.opml",
                    "/feeds/topics.opml", "topics.opml", "/topics/rivers", "topics/rivers/index.html",
                    "/feeds/topics/rivers.json", "feeds/topics/rivers.json");
            for (Map.Entry<String, String> pair : served.entrySet()) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + pair.getKey())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(Files.readAllBytes(out.resolve(pair.getValue())))
                        .as(pair.getValue()).isEqualTo(response.body());
            }
        }
    }

    @Test
    void replacesAnEarlierExportAndLeavesNoTemporaryFile() throws IOException {
        export.write(site("Weir"), out);

        export.write(site("Weir, repaired"), out);

        assertThat(Files.readString(out.resolve("all.atom"), StandardCharsets.UTF_8))
                .contains("Weir, repaired");
        assertThat(filesUnder(out)).hasSize(site("Weir").files().size() * 2 - 3)
                .noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void createsTheFolderWhenItDoesNotExist() throws IOException {
        Path nested = out.resolve("public/feeds");

        export.write(site("Weir"), nested);

        assertThat(nested.resolve("index.html")).isRegularFile();
    }

    @Test
    void exportedFilesAreReadableByAWebServerRunningAsAnotherUser() throws IOException {
        export.write(site("Weir"), out);

        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(out.resolve("topics/climate.atom")))
                    .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void refusesAPathThatWouldLeaveTheFolder() {
        PublishedFile file = PublishedFile.of(new byte[] {1}, PublishedFile.ATOM, NOW);
        PublishedSite hostile = new PublishedSite(Map.of("/feeds/../../escaped.atom", file));

        assertThatThrownBy(() -> export.write(hostile, out.resolve("site")))
                .isInstanceOf(IOException.class).hasMessageContaining("outside");
        assertThat(out.getParent().resolve("escaped.atom")).doesNotExist();
    }
}

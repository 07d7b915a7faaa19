package io.tributary.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback operator endpoint answers only a POST with the handshake's secret. */
class BackupRequestsTest {
    @TempDir
    Path work;

    private final List<Path> written = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private OperatorEndpoint endpoint;
    private OperatorHandshake handshake;

    @BeforeEach
    void start() throws IOException {
        Path database = work.resolve("tributary");
        endpoint = OperatorEndpoint.start(archive -> {
            written.add(archive);
            try {
                Files.writeString(archive, "archive");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, database);
        handshake = OperatorHandshake.read(OperatorHandshake.file(database));
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void postWithTheTokenWritesTheBackup() throws Exception {
        Path archive = work.resolve("ok.tar.gz");

        HttpResponse<String> response = post(handshake.token(), archive.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(written).containsExactly(archive);
    }

    @Test
    void postWithAWrongTokenIsForbidden() throws Exception {
        HttpResponse<String> response = post(handshake.token() + "x", work.resolve("wrong.tar.gz").toString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(written).isEmpty();
    }

    @Test
    void postWithoutATokenIsForbidden() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri())
                .POST(HttpRequest.BodyPublishers.ofString(work.resolve("none.tar.gz").toString())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(written).isEmpty();
    }

    @Test
    void getIsMethodNotAllowed() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri())
                .header(BackupRequests.TOKEN_HEADER, handshake.token()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(written).isEmpty();
    }

    @Test
    void aHostNameOtherThanLoopbackIsForbiddenEvenWithTheToken() throws Exception {
        String body = work.resolve("rebound.tar.gz").toString();
        String answer = raw("POST /api/backup HTTP/1.1\r\nHost: attacker.example:" + handshake.port() + "\r\n"
                + BackupRequests.TOKEN_HEADER + ": " + handshake.token() + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 403");
        assertThat(written).isEmpty();
    }

    @Test
    void aRelativeOrExistingPathIsRefused() throws Exception {
        Path existing = Files.writeString(work.resolve("taken.tar.gz"), "earlier");

        assertThat(post(handshake.token(), "relative.tar.gz").statusCode()).isEqualTo(400);
        assertThat(post(handshake.token(), existing.toString()).statusCode()).isEqualTo(409);
        assertThat(written).isEmpty();
    }

    @Test
    void onlyLoopbackHostsCount() {
        assertThat(BackupRequests.loopbackHost("127.0.0.1:8080")).isTrue();
        assertThat(BackupRequests.loopbackHost("localhost")).isTrue();
        assertThat(BackupRequests.loopbackHost("[::1]:9")).isTrue();
        assertThat(BackupRequests.loopbackHost("127.evil.example")).isFalse();
        assertThat(BackupRequests.loopbackHost("10.0.0.1:80")).isFalse();
        assertThat(BackupRequests.loopbackHost(null)).isFalse();
    }

    private HttpResponse<String> post(String token, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri()).header(BackupRequests.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + handshake.port() + BackupRequests.PATH);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), handshake.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

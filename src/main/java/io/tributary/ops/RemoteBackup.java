package io.tributary.ops;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code backup}'s side of the operator endpoint: asks the running process named in the
 * handshake to write the backup, and waits for it to finish.
 */
final class RemoteBackup {
    /** A backup of a large store takes a while; this only keeps a hung process from hanging us. */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(30);

    /** What the running process answered. */
    record Answer(int status, String text) {
        boolean written() {
            return status == 200;
        }
    }

    /**
     * @throws ConnectException when nothing listens there (the process that wrote the handshake is gone)
     * @throws IOException      for any other failure to get an answer
     */
    Answer ask(OperatorHandshake handshake, Path archive) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
        String host = InetAddress.getLoopbackAddress().getHostAddress();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + host + ":" + handshake.port() + BackupRequests.PATH))
                .timeout(ANSWER_WITHIN)
                .header(BackupRequests.TOKEN_HEADER, handshake.token())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(archive.toAbsolutePath().toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the running tributary's backup", e);
        }
    }
}

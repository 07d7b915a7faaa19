package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A host that never completes the TCP handshake. WireMock cannot play this part (it always
 * accepts), so the test uses a listening socket that never accepts and whose backlog is already
 * full: the kernel then drops further connection attempts, and they hang until the connect
 * timeout, as they would against a firewalled host.
 */
class FetcherConnectTimeoutTest {

    private static final int MOST_FILLER_CONNECTIONS = 64;

    private ServerSocket neverAccepts;
    private final List<Socket> fillers = new ArrayList<>();

    @BeforeEach
    void fillTheBacklog() throws IOException {
        neverAccepts = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                neverAccepts.getLocalPort());
        for (int i = 0; i < MOST_FILLER_CONNECTIONS; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(address, 200);
                fillers.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return;
            }
        }
        Assumptions.abort("this system accepts connections beyond the backlog; cannot simulate a silent host");
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : fillers) {
            socket.close();
        }
        neverAccepts.close();
    }

    @Test
    void hostThatNeverAnswersTheHandshakeTimesOutAtTheConnectTimeout() {
        FetchSettings settings = new FetchSettings(Fixtures.USER_AGENT, Duration.ofSeconds(1),
                Duration.ofSeconds(20), 1_000, FetchSettings.DEFAULT_MAX_REDIRECTS);
        URI url = URI.create("http://127.0.0.1:" + neverAccepts.getLocalPort() + "/feed");

        FetchResult result = assertTimeoutPreemptively(Duration.ofSeconds(12), () -> {
            try (Fetcher fetcher = new Fetcher(settings)) {
                return fetcher.fetch(url, FetchState.initial());
            }
        });

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.message()).isEqualTo("connect timed out after 1s");
    }
}

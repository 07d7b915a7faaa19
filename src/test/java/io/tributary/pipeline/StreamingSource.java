package io.tributary.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server whose answers are made while they are sent, never held whole: a 2 GB
 * body is a loop that writes until the client stops reading. It counts the bytes each path
 * actually put on the wire, so a test can show the client stopped at its limit.
 */
final class StreamingSource implements AutoCloseable {
    /** Writes one answer: headers first ({@link HttpExchange#sendResponseHeaders}), then the body. */
    @FunctionalInterface
    interface Answer {
        void write(HttpExchange exchange, OutputStream body) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

    StreamingSource() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        // One thread per answer: a source that never ends must not hold up the others.
        server.setExecutor(threads);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(String path, Answer answer) {
        AtomicLong counter = sent.computeIfAbsent(path, p -> new AtomicLong());
        server.createContext(path, exchange -> {
            try (OutputStream body = new CountingStream(exchange.getResponseBody(), counter)) {
                answer.write(exchange, body);
            } catch (IOException | InterruptedException clientLeft) {
                // the client stopped reading: exactly what a limit should make it do
            } finally {
                exchange.close();
            }
        });
    }

    /** Body bytes written to {@code path} so far (before any compression the answer itself applies). */
    long sent(String path) {
        return sent.getOrDefault(path, new AtomicLong()).get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Counts what is written through it: what reaches the socket, or what goes into a compressor. */
    static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private final AtomicLong counter;

        CountingStream(OutputStream out, AtomicLong counter) {
            this.out = out;
            this.counter = counter;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            counter.incrementAndGet();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            counter.addAndGet(length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

package io.tributary.ops;

import io.tributary.config.StoreSettings;
import io.tributary.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run}'s loopback-only operator endpoint ({@link BackupRequests}): its own listener on a
 * free port of 127.0.0.1, never the public feed port, announced to other commands through the
 * {@link OperatorHandshake} file next to the store, with a new secret on every start.
 * {@code backup} uses it when {@code run} holds an HSQLDB file store, which no second process
 * can open.
 */
public final class OperatorEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorEndpoint.class);
    private static final int TOKEN_BYTES = 32;

    private final Server server;
    private final Path handshake;

    private OperatorEndpoint(Server server, Path handshake) {
        this.server = server;
        this.handshake = handshake;
    }

    /**
     * Starts it for an HSQLDB file store and writes the handshake; none for any other store, which
     * other processes can open themselves (PostgreSQL is backed up with its own tools).
     */
    public static Optional<OperatorEndpoint> startFor(Store store, StoreSettings settings) throws IOException {
        Optional<Path> database = StoreLock.database(settings);
        return database.isEmpty() ? Optional.empty() : Optional.of(start(store::backup, database.get()));
    }

    static OperatorEndpoint start(BackupRequests.ArchiveWriter writer, Path database) throws IOException {
        byte[] secret = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        QueuedThreadPool threads = new QueuedThreadPool(6, 1);
        threads.setName("operator-endpoint");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new BackupRequests(token, writer));
        Path file = OperatorHandshake.file(database);
        try {
            server.start();
            new OperatorHandshake(connector.getLocalPort(), token).write(file);
        } catch (Exception e) {
            stop(server);
            throw new IOException("cannot start the operator endpoint: " + e.getMessage(), e);
        }
        LOG.info("operator endpoint on {}:{} (loopback only; handshake in {})", connector.getHost(),
                connector.getLocalPort(), file);
        return new OperatorEndpoint(server, file);
    }

    /** Deletes the handshake first, so no command asks a process on its way out. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(handshake);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", handshake, e.getMessage());
        }
        stop(server);
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("operator endpoint did not stop cleanly: {}", e.toString());
        }
    }
}

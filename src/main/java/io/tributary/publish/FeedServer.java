package io.tributary.publish;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the published site and {@code /health} over HTTP with Jetty's core API (no servlets).
 * It asks {@code site} for the current site on every request, so a new render is live as soon as
 * the supplier returns it; nothing is rendered or read from disk here.
 */
public final class FeedServer implements AutoCloseable {
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 2;
    private static final long STOP_TIMEOUT_MS = 5_000;

    private final Server server;
    private final ServerConnector connector;

    /**
     * @param port   the port to listen on; 0 picks any free port (see {@link #port()})
     * @param site   the current site, read on every request
     * @param health the current health report, read on every {@code /health} request
     */
    public FeedServer(int port, Supplier<PublishedSite> site, Supplier<HealthReport> health) {
        this(port, site, health, Map.of());
    }

    /**
     * @param routes pages made per request, by exact path ({@code /status}, {@code /metrics}); a
     *               published file of the same path wins, so feeds stay the fast path
     */
    public FeedServer(int port, Supplier<PublishedSite> site, Supplier<HealthReport> health,
                      Map<String, Supplier<DynamicPage>> routes) {
        this(port, site, health, routes, Map.of());
    }

    /**
     * @param prefixes handlers for every request under a path prefix ({@code /websub/}: the WebSub
     *                 callbacks, which take POSTs); everything else goes to the site as above
     */
    public FeedServer(int port, Supplier<PublishedSite> site, Supplier<HealthReport> health,
                      Map<String, Supplier<DynamicPage>> routes, Map<String, Handler> prefixes) {
        this(port, site, health, routes, prefixes, ServerLimits.DEFAULTS);
    }

    /** As above, with the limits a hostile client meets (tests make them short). */
    FeedServer(int port, Supplier<PublishedSite> site, Supplier<HealthReport> health,
               Map<String, Supplier<DynamicPage>> routes, ServerLimits limits) {
        this(port, site, health, routes, Map.of(), limits);
    }

    private FeedServer(int port, Supplier<PublishedSite> site, Supplier<HealthReport> health,
                       Map<String, Supplier<DynamicPage>> routes, Map<String, Handler> prefixes,
                       ServerLimits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("feed-server");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // Telling the world which server and version runs here only helps attackers.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // An overlong URL gets 414, overlong or too many headers 431 (ServerLimits says why 8 KiB).
        http.setRequestHeaderSize(limits.requestHeaderBytes());
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        // Slow clients (slowloris) cost a socket each, never a thread (Jetty reads without
        // blocking); these bound how many sockets and for how long.
        // A bean of the connector, started after the connector's own scheduler that it uses.
        connector.addBean(new HeaderDeadline(connector, limits.headerTimeout()));
        NetworkConnectionLimit connections = new NetworkConnectionLimit(limits.maxConnections(), connector);
        connections.setEndPointIdleTimeout(limits.crowdedIdleTimeout().toMillis());
        server.addBean(connections);
        server.setErrorHandler(new PlainErrorHandler());
        SiteHandler siteHandler = new SiteHandler(site, health, routes);
        server.setHandler(prefixes.isEmpty() ? siteHandler : new PrefixRoutes(prefixes, siteHandler));
        server.setStopTimeout(STOP_TIMEOUT_MS);
    }

    /** Binds the port and starts answering; throws if the port cannot be bound. */
    public void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            close();
            throw new IOException("publish: cannot listen on port " + connector.getPort()
                    + ": " + e.getMessage(), e);
        } catch (Exception e) {
            close();
            throw new IOException("publish: cannot start the feed server: " + e.getMessage(), e);
        }
    }

    /** The port actually listened on, once started; the one given unless that was 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops accepting, lets requests in flight finish (briefly) and frees the port. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("publish: cannot stop the feed server", e));
        }
    }
}

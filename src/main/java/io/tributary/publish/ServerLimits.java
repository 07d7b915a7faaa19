package io.tributary.publish;

import java.time.Duration;

/**
 * What the server grants one client, so that no client, however slow or large its requests,
 * can keep it from serving the others.
 *
 * @param requestHeaderBytes the request line plus all headers of one request; more is refused
 *                           with 414 (an overlong URL) or 431 (overlong or too many headers).
 *                           Feed readers and browsers send well under 2 KiB; 8 KiB is Jetty's
 *                           default, named here so it cannot drift
 * @param idleTimeout        a connection that sends nothing for this long is closed (an idle
 *                           keep-alive, a client that connected and went quiet)
 * @param headerTimeout      a request must be read whole (line and headers) within this long of
 *                           its first byte, or its connection is closed: a slowloris client sends
 *                           a header line every few seconds, which the idle timeout never sees
 * @param maxConnections     connections open at once; beyond it new ones wait in the accept
 *                           queue. The same process polls sources and writes the store, which
 *                           need file descriptors too: thousands of sockets must not starve them
 * @param crowdedIdleTimeout the idle timeout while {@code maxConnections} are open, so idle
 *                           keep-alives make room quickly for new clients
 */
record ServerLimits(int requestHeaderBytes, Duration idleTimeout, Duration headerTimeout, int maxConnections,
                    Duration crowdedIdleTimeout) {
    static final ServerLimits DEFAULTS = new ServerLimits(8 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(10),
            512, Duration.ofSeconds(5));
}

package io.tributary.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Keeps a source on the public internet from sending us into the network we run in: a redirect
 * (or a feed link on an HTML page) to a loopback, private or link-local address is refused,
 * unless the source's own configured URL is on such a network (an intranet feed may redirect
 * within its intranet).
 *
 * <p>A host name is checked by resolving it with the same resolver the connection pool uses;
 * because DNS may answer differently a moment later (DNS rebinding), the address actually
 * connected to is checked again before the answer is used ({@link #refusesConnectedTo}).
 * Which addresses count as private is injected, so tests can treat a loopback WireMock as public.
 */
final class AddressGuard {

    static final String REFUSAL = "redirect to a private address";

    private final DnsResolver dns;
    private final Predicate<InetAddress> isPrivate;

    AddressGuard(DnsResolver dns, Predicate<InetAddress> isPrivate) {
        this.dns = Objects.requireNonNull(dns, "dns");
        this.isPrivate = Objects.requireNonNull(isPrivate, "isPrivate");
    }

    /**
     * Whether {@code configured} (a source's own URL) is on a private network, which lets its
     * redirects stay there. A host that does not resolve counts as public: its fetch fails anyway.
     */
    boolean allowsPrivate(URI configured) {
        if (configured.getHost() == null) {
            return true;
        }
        try {
            for (InetAddress address : dns.resolve(hostOf(configured))) {
                if (isPrivate.test(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether any address {@code url}'s host resolves to is private. Unknown hosts are left to the fetch. */
    boolean refuses(URI url) {
        if (url.getHost() == null) {
            return false;
        }
        try {
            for (InetAddress address : dns.resolve(hostOf(url))) {
                if (isPrivate.test(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the socket's peer is private (the DNS rebinding check, after connecting). */
    boolean refusesConnectedTo(SocketAddress remote) {
        return remote instanceof InetSocketAddress && ((InetSocketAddress) remote).getAddress() != null
                && isPrivate.test(((InetSocketAddress) remote).getAddress());
    }

    /** {@code [::1]} in a URL is {@code ::1} to a resolver. */
    private static String hostOf(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

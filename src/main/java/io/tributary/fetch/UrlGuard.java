package io.tributary.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The fetcher's URL guard for other requests a source makes us send, such as a WebSub
 * subscription to the hub its feed names: a URL on a loopback, private or link-local network is
 * refused unless the source's own configured URL is on such a network too (the same rule as for
 * a redirect, {@code AddressGuard}).
 */
public final class UrlGuard {
    private final AddressGuard guard;

    public UrlGuard() {
        this(new PrivateAddresses());
    }

    /** With its own idea of which addresses are private; tests let a loopback WireMock pass for public. */
    public UrlGuard(Predicate<InetAddress> isPrivate) {
        this(SystemDefaultDnsResolver.INSTANCE, isPrivate);
    }

    UrlGuard(DnsResolver dns, Predicate<InetAddress> isPrivate) {
        this.guard = new AddressGuard(dns, isPrivate);
    }

    /** Whether a request to {@code url}, on behalf of the source configured at {@code configured}, is refused. */
    public boolean refuses(URI url, URI configured) {
        return !guard.allowsPrivate(configured) && guard.refuses(url);
    }
}

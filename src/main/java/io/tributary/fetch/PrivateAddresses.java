package io.tributary.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Which addresses belong to "the network Tributary runs in" rather than the public internet:
 * loopback, private (RFC 1918), link-local, unique-local IPv6 (fc00::/7), carrier-grade NAT
 * (100.64/10), "this network" (0/8), and IPv4-mapped or IPv4-compatible IPv6 forms of all of
 * them. A feed must not be able to make us send requests there (issue 3, item 10).
 */
public final class PrivateAddresses implements Predicate<InetAddress> {

    @Override
    public boolean test(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            if (embedsIpv4(b)) {
                return test(ipv4(b[12], b[13], b[14], b[15]));
            }
            // fc00::/7: unique local addresses (RFC 4193), the IPv6 counterpart of RFC 1918.
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        return false;
    }

    /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but still routable by some stacks). */
    private static boolean embedsIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        return mapped || compatible;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}

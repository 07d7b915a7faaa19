package io.tributary.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the URL guard treats as the network Tributary runs in. */
class PrivateAddressesTest {

    private final PrivateAddresses isPrivate = new PrivateAddresses();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1",
            "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254",
            "::192.168.0.1"})
    void treatsAsPrivate(String address) throws UnknownHostException {
        assertThat(isPrivate.test(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
            "::ffff:8.8.8.8"})
    void treatsAsPublic(String address) throws UnknownHostException {
        assertThat(isPrivate.test(InetAddress.getByName(address))).isFalse();
    }
}

package io.tributary.websub;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature} of pushed content (WebSub section 8.1): {@code method=hex},
 * an HMAC of the raw body keyed with the subscription's secret, with method {@code sha1},
 * {@code sha256}, {@code sha384} or {@code sha512}. The comparison takes the same time however
 * many leading bytes match, so a forger learns nothing from timing.
 */
public final class Signature {
    private static final Map<String, String> MACS = Map.of(
            "sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    /** Whether {@code header} is a valid signature of {@code body} with {@code secret}; a missing one is not. */
    public boolean verifies(Optional<String> header, byte[] body, String secret) {
        if (header.isEmpty()) {
            return false;
        }
        String value = header.get().strip();
        int equals = value.indexOf('=');
        if (equals <= 0) {
            return false;
        }
        String algorithm = MACS.get(value.substring(0, equals).toLowerCase(Locale.ROOT));
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(equals + 1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return algorithm != null && MessageDigest.isEqual(mac(algorithm, secret, body), given);
    }

    /** The signature header value a hub would send; for tests and for hubs of our own. */
    public static String sign(String method, byte[] body, String secret) {
        String algorithm = MACS.get(method);
        if (algorithm == null) {
            throw new IllegalArgumentException("unknown signature method: " + method);
        }
        return method + "=" + HexFormat.of().formatHex(mac(algorithm, secret, body));
    }

    private static byte[] mac(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}

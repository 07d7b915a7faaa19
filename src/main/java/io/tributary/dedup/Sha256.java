package io.tributary.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of text, and of a sequence of texts without ambiguity between them. */
final class Sha256 {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Sha256() {
    }

    /** The digest of the UTF-8 bytes of {@code text}. */
    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest Javadoc)
            throw new IllegalStateException(e);
        }
    }

    /**
     * 64 lower-case hex digits of the digest of every part, each prefixed with its length so that
     * ("ab", "c") and ("a", "bc") differ.
     */
    static String hexOfParts(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part.length()).append(':').append(part);
        }
        byte[] bytes = digest(joined.toString());
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}

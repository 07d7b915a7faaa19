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
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * 64 lower-case hex digits of the digest of every part, each prefixed with its length so that
     * ("ab", "c") and ("a", "bc") differ. The parts are fed to the digest one by one, never joined:
     * an entry's content is one of them, and a joined copy of it would be made for every entry.
     */
    static String hexOfParts(String... parts) {
        MessageDigest digest = newDigest();
        for (String part : parts) {
            digest.update((part.length() + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(part.getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = digest.digest();
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest Javadoc)
            throw new IllegalStateException(e);
        }
    }
}

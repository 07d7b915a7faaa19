package io.tributary.dedup;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Mints the id a story is published under: an RFC 4151 {@code tag:} URI such as
 * {@code tag:example.org,2026-11-27:2g3k...}. The specific part is a hash of the source name and
 * identity key, so minting again for the same entry on the same day gives the same id. The store
 * keeps the id once minted; it must never be minted again for a stored story (readers' feed
 * readers treat a new id as a new entry).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4151">RFC 4151, The 'tag' URI Scheme</a>
 */
public final class StoryIds {
    /** 26 base32 characters carry 130 bits of the hash: collisions are not a concern. */
    static final int HASH_LENGTH = 26;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    /** RFC 4151 authorityName: a DNS name or an e-mail address. */
    private static final Pattern AUTHORITY = Pattern.compile(
            "([a-z0-9._%+-]+@)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    /**
     * @param authority  a domain (or e-mail address) the operator controls, e.g. the host of
     *                   {@code base-url}; lower-cased
     * @param firstSeen  the day the story was first stored (RFC 4151 wants a date on which the
     *                   authority was held)
     * @param sourceName the source the first entry came from
     * @param key        that entry's identity key
     * @throws IllegalArgumentException if the authority is not a DNS name or e-mail address
     */
    public String mint(String authority, LocalDate firstSeen, String sourceName, IdentityKey key) {
        Objects.requireNonNull(firstSeen, "firstSeen");
        String lowerAuthority = authority.trim().toLowerCase(Locale.ROOT);
        if (!AUTHORITY.matcher(lowerAuthority).matches()) {
            throw new IllegalArgumentException("not a tag URI authority (a DNS name or e-mail): " + authority);
        }
        byte[] hash = Sha256.digest(sourceName + "\n" + key.value());
        return "tag:" + lowerAuthority + "," + firstSeen + ":" + base32(hash, HASH_LENGTH);
    }

    /** RFC 4648 base32, lower case, no padding, cut to {@code length} characters. */
    private static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < bytes.length && out.length() < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < length) {
                out.append(BASE32[(buffer >> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}

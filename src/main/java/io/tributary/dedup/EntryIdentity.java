package io.tributary.dedup;

import io.tributary.clean.CleanEntry;
import io.tributary.clean.UrlNormalizer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What de-duplication compares about one entry.
 *
 * @param key            identity within the source
 * @param normalizedLink the comparison form of the entry's link ({@link UrlNormalizer#normalize}),
 *                       used to find the same story in other sources; empty when the entry has no
 *                       http(s) link or one longer than {@link #MAX_LINK_LENGTH}
 * @param contentHash    SHA-256 (hex) over title, link, content and summary: when it changes under
 *                       the same key, the entry was updated
 */
public record EntryIdentity(IdentityKey key, Optional<String> normalizedLink, String contentHash) {
    /**
     * Links longer than this are not compared across sources: a store indexes them, and indexes
     * have a size limit (PostgreSQL's B-tree about 2700 bytes). Such links are rare and suspect.
     */
    public static final int MAX_LINK_LENGTH = 2000;

    public EntryIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(normalizedLink, "normalizedLink");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /**
     * The identity of a clean entry, as DESIGN.md says: its guid if present, else its normalized
     * link, else a hash of title and publication time. A key that would be longer than
     * {@link IdentityKey#MAX_LENGTH} keeps its kind and hashes the rest ({@code guid:sha256:...}).
     */
    public static EntryIdentity of(CleanEntry entry) {
        Optional<String> normalizedLink = entry.link()
                .flatMap(UrlNormalizer::normalize)
                .filter(link -> link.length() <= MAX_LINK_LENGTH);
        Optional<String> guid = entry.guid().map(String::trim).filter(g -> !g.isEmpty());
        IdentityKey key;
        if (guid.isPresent()) {
            key = key("guid:", guid.get());
        } else if (normalizedLink.isPresent()) {
            key = key("link:", normalizedLink.get());
        } else {
            String published = entry.published().map(Instant::toString).orElse("");
            key = new IdentityKey("hash:" + Sha256.hexOfParts(entry.title(), published));
        }
        String contentHash = Sha256.hexOfParts(entry.title(), entry.link().orElse(""), entry.contentHtml(),
                entry.summary());
        return new EntryIdentity(key, normalizedLink, contentHash);
    }

    private static IdentityKey key(String kind, String value) {
        String plain = kind + value;
        return new IdentityKey(plain.length() <= IdentityKey.MAX_LENGTH
                ? plain
                : kind + "sha256:" + Sha256.hexOfParts(value));
    }
}

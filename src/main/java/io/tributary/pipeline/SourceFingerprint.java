package io.tributary.pipeline;

import io.tributary.config.FetchOverrides;
import io.tributary.config.SourceConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A short hash of what in a source's config entry decides how it is fetched: its URL and its
 * fetch settings (headers, auth, limits). Stored with the fetch state, so a source marked
 * {@code gone} (410), moved or backed off starts afresh once the operator edits its entry
 * (issue 3, item 3), and stays as it is when only its topics or interval change.
 */
final class SourceFingerprint {

    String of(SourceConfig source) {
        FetchOverrides fetch = source.fetch();
        StringBuilder text = new StringBuilder()
                .append(source.url()).append('\n')
                .append(new TreeMap<>(fetch.headers())).append('\n')
                // The password counts too (a fixed password is a changed entry), but only as part of the hash.
                .append(fetch.auth().map(a -> a.user() + ":" + a.password()).orElse("")).append('\n')
                .append(fetch.connectTimeout()).append(fetch.timeout()).append(fetch.maxBytes());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package io.tributary.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered file, with everything the server needs precomputed so a request costs no work:
 * the gzip copy, the ETag and the time it last changed.
 *
 * <p>The arrays are copied in and the accessors hand out copies, so the file stays immutable;
 * the server reads the bytes through {@link #bodyBuffer()} and {@link #gzippedBuffer()}, read-only
 * views that copy nothing.
 *
 * @param body         the bytes as served without content coding
 * @param gzipped      the same bytes gzip-compressed
 * @param contentType  media type with charset
 * @param etag         strong, quoted entity tag of {@code body}
 * @param lastModified when the content last changed
 * @param cacheControl how long caches may keep it ({@code Cache-Control})
 */
public record PublishedFile(byte[] body, byte[] gzipped, String contentType, String etag,
                            Instant lastModified, String cacheControl) {
    public static final String ATOM = "application/atom+xml; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    /** JSON Feed 1.1, section "Suggestions for Publishers". */
    public static final String JSON_FEED = "application/feed+json; charset=utf-8";
    /** What readers and browsers recognize as an OPML subscription list. */
    public static final String OPML = "text/x-opml; charset=utf-8";
    /** A document that changes with every poll: readers check back within a minute. */
    public static final String CURRENT = "public, max-age=60";
    /**
     * A complete archive page never changes (RFC 5005 section 4), so caches keep it for a year
     * and never revalidate it (RFC 8246).
     */
    public static final String ARCHIVED = "public, max-age=31536000, immutable";

    public PublishedFile {
        body = body.clone();
        gzipped = gzipped.clone();
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(cacheControl, "cacheControl");
    }

    /** A file that changes with the store. */
    public PublishedFile(byte[] body, byte[] gzipped, String contentType, String etag, Instant lastModified) {
        this(body, gzipped, contentType, etag, lastModified, CURRENT);
    }

    /** Compresses and tags {@code body} once, here, so serving never does. */
    public static PublishedFile of(byte[] body, String contentType, Instant lastModified) {
        return of(body, contentType, lastModified, CURRENT);
    }

    /** As {@link #of(byte[], String, Instant)}, cached as {@code cacheControl} says. */
    public static PublishedFile of(byte[] body, String contentType, Instant lastModified, String cacheControl) {
        return new PublishedFile(body, gzip(body), contentType, strongEtag(body), lastModified, cacheControl);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public byte[] gzipped() {
        return gzipped.clone();
    }

    public ByteBuffer bodyBuffer() {
        return ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    public ByteBuffer gzippedBuffer() {
        return ByteBuffer.wrap(gzipped).asReadOnlyBuffer();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedFile that
                && Arrays.equals(body, that.body)
                && Arrays.equals(gzipped, that.gzipped)
                && contentType.equals(that.contentType)
                && etag.equals(that.etag)
                && lastModified.equals(that.lastModified)
                && cacheControl.equals(that.cacheControl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(body), contentType, etag, lastModified);
    }

    @Override
    public String toString() {
        return "PublishedFile[" + contentType + ", " + body.length + " bytes, etag " + etag
                + ", lastModified " + lastModified + "]";
    }

    /** A content hash: equal bytes always get the same tag, across renders and restarts. */
    private static String strongEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("publish: every JDK has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("publish: cannot gzip in memory", e);
        }
        return out.toByteArray();
    }
}

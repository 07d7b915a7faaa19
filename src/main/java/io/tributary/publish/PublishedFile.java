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
 */
public record PublishedFile(byte[] body, byte[] gzipped, String contentType, String etag,
                            Instant lastModified) {
    public static final String ATOM = "application/atom+xml; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    public PublishedFile {
        body = body.clone();
        gzipped = gzipped.clone();
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** Compresses and tags {@code body} once, here, so serving never does. */
    public static PublishedFile of(byte[] body, String contentType, Instant lastModified) {
        return new PublishedFile(body, gzip(body), contentType, strongEtag(body), lastModified);
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
                && lastModified.equals(that.lastModified);
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

package io.tributary.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered file, with everything the server needs precomputed so a request costs no work:
 * the gzip copy, the ETag and the time it last changed.
 *
 * <p>The bytes are copied in and the accessors hand out copies, so the file stays immutable;
 * the server reads the bytes through {@link #bodyBuffer()} and {@link #gzippedBuffer()}, read-only
 * views that copy nothing. A file that never changes may move its bytes out of the heap into a
 * file of its own ({@link #mappedFrom}), where the operating system keeps them in its page cache.
 */
public final class PublishedFile {
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

    private final ByteBuffer body;
    private final ByteBuffer gzipped;
    private final String contentType;
    private final String etag;
    private final Instant lastModified;
    private final String cacheControl;

    /**
     * @param body         the bytes as served without content coding
     * @param gzipped      the same bytes gzip-compressed
     * @param contentType  media type with charset
     * @param etag         strong, quoted entity tag of {@code body}
     * @param lastModified when the content last changed
     * @param cacheControl how long caches may keep it ({@code Cache-Control})
     */
    public PublishedFile(byte[] body, byte[] gzipped, String contentType, String etag, Instant lastModified,
                         String cacheControl) {
        this(ByteBuffer.wrap(body.clone()), ByteBuffer.wrap(gzipped.clone()), contentType, etag, lastModified,
                cacheControl);
    }

    /** A file that changes with the store. */
    public PublishedFile(byte[] body, byte[] gzipped, String contentType, String etag, Instant lastModified) {
        this(body, gzipped, contentType, etag, lastModified, CURRENT);
    }

    private PublishedFile(ByteBuffer body, ByteBuffer gzipped, String contentType, String etag,
                          Instant lastModified, String cacheControl) {
        this.body = body.asReadOnlyBuffer();
        this.gzipped = gzipped.asReadOnlyBuffer();
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.etag = Objects.requireNonNull(etag, "etag");
        this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
        this.cacheControl = Objects.requireNonNull(cacheControl, "cacheControl");
    }

    /** Compresses and tags {@code body} once, here, so serving never does. */
    public static PublishedFile of(byte[] body, String contentType, Instant lastModified) {
        return of(body, contentType, lastModified, CURRENT);
    }

    /** As {@link #of(byte[], String, Instant)}, cached as {@code cacheControl} says. */
    public static PublishedFile of(byte[] body, String contentType, Instant lastModified, String cacheControl) {
        return new PublishedFile(body, gzip(body), contentType, strongEtag(body), lastModified, cacheControl);
    }

    /**
     * The same file with its two copies in {@code file} (written here, then mapped read-only):
     * for files that never change, so that the heap does not hold them. The caller may delete the
     * file at once; on POSIX systems the mapping keeps its bytes until it is collected.
     */
    PublishedFile mappedFrom(Path file) throws IOException {
        int bodyLength = body.remaining();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer both = ByteBuffer.allocate(bodyLength + gzipped.remaining());
            both.put(body.duplicate()).put(gzipped.duplicate()).flip();
            while (both.hasRemaining()) {
                channel.write(both);
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, both.limit());
            return new PublishedFile(mapped.slice(0, bodyLength), mapped.slice(bodyLength, both.limit() - bodyLength),
                    contentType, etag, lastModified, cacheControl);
        }
    }

    public byte[] body() {
        return copy(body);
    }

    public byte[] gzipped() {
        return copy(gzipped);
    }

    public String contentType() {
        return contentType;
    }

    public String etag() {
        return etag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public String cacheControl() {
        return cacheControl;
    }

    public ByteBuffer bodyBuffer() {
        return body.duplicate();
    }

    public ByteBuffer gzippedBuffer() {
        return gzipped.duplicate();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedFile that
                && body.equals(that.body)
                && gzipped.equals(that.gzipped)
                && contentType.equals(that.contentType)
                && etag.equals(that.etag)
                && lastModified.equals(that.lastModified)
                && cacheControl.equals(that.cacheControl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, contentType, etag, lastModified);
    }

    @Override
    public String toString() {
        return "PublishedFile[" + contentType + ", " + body.remaining() + " bytes, etag " + etag
                + ", lastModified " + lastModified + "]";
    }

    private static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
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

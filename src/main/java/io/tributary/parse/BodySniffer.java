package io.tributary.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks at the first bytes of a body to tell bodies that are plainly not feeds (empty, JSON, an
 * HTML page) from bodies worth giving to the XML parser.
 *
 * <p>Why before parsing: an HTML page usually starts with {@code <!DOCTYPE html>}, which the
 * hardened parser refuses as INVALID; the operator needs to hear "not a feed" instead, because
 * that usually means the source URL points at a web page.
 */
final class BodySniffer {
    static final String HTML_PAGE = "not a feed: looks like an HTML page";
    private static final int HEAD_BYTES = 2048;
    /** XML declaration, comments and processing instructions that may precede the first element. */
    private static final Pattern PROLOG = Pattern.compile("^(\\s*(<\\?.*?\\?>|<!--.*?-->))*\\s*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("^<(!doctype\\s+html|html|head|body)[\\s>/]");

    /** Why the body is not a feed, or empty when it may be one. */
    Optional<String> notAFeedReason(byte[] body) {
        String head = head(body).strip();
        if (head.isEmpty()) {
            return Optional.of("not a feed: the body is empty");
        }
        if (head.startsWith("[")) {
            return Optional.of("not a feed: looks like JSON");
        }
        String start = PROLOG.matcher(head.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (HTML_START.matcher(start).find()) {
            return Optional.of(HTML_PAGE);
        }
        if (!start.startsWith("<")) {
            return Optional.of("not a feed: the body is not XML");
        }
        return Optional.empty();
    }

    /** Whether the body is a JSON object, which may be a JSON Feed. */
    boolean looksLikeJsonObject(byte[] body) {
        return head(body).strip().startsWith("{");
    }

    /** Whether an XML root element name is one of a web page. */
    static boolean isHtmlRoot(String localName) {
        return localName.equalsIgnoreCase("html");
    }

    private static String head(byte[] body) {
        int length = Math.min(body.length, HEAD_BYTES);
        // Only ASCII markup matters here, so a single-byte decoding is enough for UTF-8 and
        // the ISO/Windows charsets; UTF-16 needs its own decoding to be readable at all.
        Charset charset = StandardCharsets.ISO_8859_1;
        int skip = 0;
        if (length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            skip = 3;
        }
        return new String(body, skip, length - skip, charset);
    }
}

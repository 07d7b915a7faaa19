package io.tributary.publish;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

import java.util.List;

/**
 * Decides whether a client's cached copy is still current (RFC 9110 section 13), so feed readers
 * that poll every few minutes get a bodiless 304 instead of the whole feed.
 */
final class ConditionalRequest {
    private ConditionalRequest() {
    }

    /**
     * True when the client already holds {@code file}. If-None-Match wins over
     * If-Modified-Since when both are sent (RFC 9110 section 13.1.3).
     */
    static boolean notModified(HttpFields request, PublishedFile file) {
        List<String> tags = request.getCSV(HttpHeader.IF_NONE_MATCH, true);
        if (!tags.isEmpty()) {
            return tags.stream().anyMatch(tag -> matches(tag, file.etag()));
        }
        return notModifiedSince(request, file);
    }

    /**
     * The tag sent with the gzip body: a different representation needs a different strong tag
     * (RFC 9110 section 8.8.3), and both must still match the same file.
     */
    static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** If-None-Match compares weakly: a {@code W/} prefix does not matter. */
    private static boolean matches(String candidate, String etag) {
        String tag = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
        return tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag(etag));
    }

    private static boolean notModifiedSince(HttpFields request, PublishedFile file) {
        long since;
        try {
            since = request.getDateField(HttpHeader.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unparseable) {
            return false; // an invalid date is ignored (RFC 9110 section 13.1.3)
        }
        // HTTP dates have whole seconds, so compare at that precision.
        return since >= 0 && file.lastModified().getEpochSecond() * 1000 <= since;
    }
}

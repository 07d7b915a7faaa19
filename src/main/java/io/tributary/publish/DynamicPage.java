package io.tributary.publish;

import java.util.Objects;

/**
 * An answer made per request ({@code /status}, {@code /api/status}, {@code /metrics}), served
 * with {@code Cache-Control: no-store}; published files stay the fast, cached path.
 *
 * @param status      HTTP status
 * @param contentType its {@code Content-Type}
 * @param body        its bytes
 */
public record DynamicPage(int status, String contentType, byte[] body) {
    public DynamicPage {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** A 200 answer. */
    public static DynamicPage ok(String contentType, byte[] body) {
        return new DynamicPage(200, contentType, body);
    }
}

package io.tributary.publish;

import java.util.Objects;
import java.util.Optional;

/**
 * An answer made per request ({@code /status}, {@code /api/status}, {@code /metrics}), served
 * with {@code Cache-Control: no-store}; published files stay the fast, cached path.
 *
 * @param status      HTTP status
 * @param contentType its {@code Content-Type}
 * @param body        its bytes
 * @param policy      for an HTML page, its {@code Content-Security-Policy}; an HTML page without
 *                    one is served with {@link PagePolicy#NOTHING}
 */
public record DynamicPage(int status, String contentType, byte[] body, Optional<PagePolicy> policy) {
    public DynamicPage {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(policy, "policy");
    }

    /** An answer with no policy of its own. */
    public DynamicPage(int status, String contentType, byte[] body) {
        this(status, contentType, body, Optional.empty());
    }

    /** A 200 HTML page whose inline stylesheet {@code policy} allows. */
    public static DynamicPage html(byte[] body, PagePolicy policy) {
        return new DynamicPage(200, "text/html; charset=utf-8", body, Optional.of(policy));
    }

    /** A 200 answer. */
    public static DynamicPage ok(String contentType, byte[] body) {
        return new DynamicPage(200, contentType, body);
    }
}

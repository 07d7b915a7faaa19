package io.tributary.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;

/**
 * The one place that says what an answer or a failure means: which HTTP status is a success,
 * which is "not modified", "gone" or "rate limited", and how each network failure is told to a
 * person. Everything else in the stage asks here instead of comparing status codes itself.
 */
final class OutcomeRules {

    /** Longest piece of server- or JDK-provided text copied into a message. */
    private static final int MAX_DETAIL = 80;

    private final Duration timeout;
    private final Duration connectTimeout;

    OutcomeRules(Duration timeout, Duration connectTimeout) {
        this.timeout = timeout;
        this.connectTimeout = connectTimeout;
    }

    /** The same rules, telling of other limits (a source's own timeouts). */
    OutcomeRules withTimeouts(Duration timeout, Duration connectTimeout) {
        return timeout.equals(this.timeout) && connectTimeout.equals(this.connectTimeout)
                ? this : new OutcomeRules(timeout, connectTimeout);
    }

    /** What a final (post-redirect) HTTP status means; OK means "read the body". */
    Verdict forStatus(int status, Optional<String> retryAfter) {
        if (status >= 200 && status < 300) {
            return new Verdict(FetchOutcome.OK, "ok");
        }
        switch (status) {
            case HttpStatus.SC_NOT_MODIFIED:
                return new Verdict(FetchOutcome.NOT_MODIFIED, "not modified");
            case HttpStatus.SC_GONE:
                return new Verdict(FetchOutcome.GONE, "HTTP 410");
            case HttpStatus.SC_TOO_MANY_REQUESTS:
            case HttpStatus.SC_SERVICE_UNAVAILABLE:
                // Retry-After is either seconds or an HTTP date (RFC 9110 section 10.2.3); both
                // are shown as sent, and the scheduler may read them back from the message.
                return new Verdict(FetchOutcome.RATE_LIMITED, "HTTP " + status
                        + retryAfter.map(value -> ", retry after " + shorten(value.trim())).orElse(""));
            default:
                return new Verdict(FetchOutcome.ERROR, "HTTP " + status);
        }
    }

    /** The verdict for a body that went on past the size limit. */
    Verdict forOversizedBody(long maxBytes) {
        return new Verdict(FetchOutcome.TOO_LARGE, "body larger than " + maxBytes + " bytes");
    }

    /**
     * What a failure means. {@code deadlinePassed} wins over the exception's own story: when the
     * total time runs out the request is aborted, and the abort surfaces as whatever the socket
     * or the client happened to throw at that moment.
     */
    Verdict forFailure(IOException failure, boolean deadlinePassed) {
        if (deadlinePassed) {
            return forDeadline();
        }
        if (find(failure, ConnectTimeoutException.class).isPresent()) {
            return new Verdict(FetchOutcome.TIMEOUT, "connect timed out after " + describe(connectTimeout));
        }
        if (find(failure, ConnectionRequestTimeoutException.class).isPresent()) {
            return new Verdict(FetchOutcome.TIMEOUT,
                    "timed out after " + describe(timeout) + " waiting for a free connection");
        }
        if (find(failure, InterruptedIOException.class).isPresent()) {
            return forDeadline();
        }
        if (find(failure, UnknownHostException.class).isPresent()) {
            return error("unknown host");
        }
        if (find(failure, ConnectException.class).isPresent()) {
            return error("connection refused");
        }
        if (find(failure, RedirectException.class).isPresent()) {
            // Both a loop and a chain longer than maxRedirects end here.
            return error("too many redirects");
        }
        if (find(failure, SSLException.class).isPresent()) {
            return error("TLS error: " + detail(find(failure, SSLException.class).get()));
        }
        if (find(failure, NoHttpResponseException.class).isPresent()
                || find(failure, ConnectionClosedException.class).isPresent()) {
            return error("connection closed by server");
        }
        Optional<ProtocolException> protocol = find(failure, ProtocolException.class);
        if (protocol.isPresent()) {
            return error("protocol error: " + detail(protocol.get()));
        }
        return error("I/O error: " + detail(failure));
    }

    /** The verdict for a fetch cut off at its total time limit. */
    Verdict forDeadline() {
        return new Verdict(FetchOutcome.TIMEOUT, "timed out after " + describe(timeout));
    }

    private static Verdict error(String message) {
        return new Verdict(FetchOutcome.ERROR, message);
    }

    /** The first throwable of type {@code type} in the cause chain; clients wrap a lot. */
    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String detail(Throwable t) {
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return shorten(text);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }

    /** {@code 30s} for whole seconds, {@code 1500ms} otherwise: what an operator would write. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}

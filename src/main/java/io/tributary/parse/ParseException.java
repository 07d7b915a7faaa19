package io.tributary.parse;

import java.net.URI;

/**
 * A body could not be read as a feed. The message names the parser stage and the URL; {@link #kind()}
 * says which source status it becomes.
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why parsing failed, which is also the source status. */
    public enum Kind {
        /** Not a feed at all, for example an HTML page: status {@code not-a-feed}. */
        NOT_A_FEED,
        /** A feed that is broken or refused (malformed XML, a DOCTYPE): status {@code invalid}. */
        INVALID
    }

    private final Kind kind;
    private final String reason;

    public ParseException(Kind kind, URI url, String reason, Throwable cause) {
        super("parse " + url + ": " + reason, cause);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** The reason alone, without stage and URL, for a source status line. */
    public String reason() {
        return reason;
    }
}

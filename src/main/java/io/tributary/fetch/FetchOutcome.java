package io.tributary.fetch;

/** How a fetch ended, before anything was parsed. */
public enum FetchOutcome {
    /** A body arrived whole. */
    OK,
    /** 304: the feed has not changed since the validators we sent. */
    NOT_MODIFIED,
    /** 410: the publisher removed the feed. */
    GONE,
    /** 429 or 503. */
    RATE_LIMITED,
    /** The body went over the size limit; the bytes read up to the limit are in the result. */
    TOO_LARGE,
    /** The connection or the whole fetch took longer than allowed. */
    TIMEOUT,
    /** Anything else: an HTTP error status, a refused connection, a bad redirect. */
    ERROR
}

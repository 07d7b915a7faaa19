package io.tributary.pipeline;

import io.tributary.config.SourceConfig;
import io.tributary.fetch.FetchResult;
import io.tributary.parse.ParsedFeed;

/**
 * Sees each feed a poll fetched, read and stored, after its transaction committed: the WebSub
 * subscriber learns a source's hub this way. It runs on the poll's thread, so it must be quick
 * and must not throw.
 */
@FunctionalInterface
public interface FeedObserver {
    FeedObserver NONE = (source, fetched, feed) -> { };

    /**
     * @param source  the source polled
     * @param fetched what was fetched (its body and final URL)
     * @param feed    the feed read from it
     */
    void stored(SourceConfig source, FetchResult fetched, ParsedFeed feed);
}

/**
 * Fetching: turns a source URL and what we remember about it ({@link io.tributary.fetch.FetchState})
 * into bytes plus HTTP metadata ({@link io.tributary.fetch.FetchResult}).
 *
 * <p>The entry point is {@link io.tributary.fetch.Fetcher#fetch}. It speaks HTTP politely
 * (conditional GET, an honest {@code User-Agent}, at most two connections per host) and defends
 * the rest of Tributary against hostile or broken servers: a total time limit per fetch, a body
 * size limit counted while streaming, a bounded number of redirects. Every network or HTTP
 * problem becomes a {@link io.tributary.fetch.FetchOutcome} with a short message; nothing here
 * throws for a bad source.
 *
 * <p>What this stage must not do: parse or sniff the body, decide on backoff or schedules, or
 * write fetch state anywhere. It reports what happened; the pipeline decides what it means.
 *
 * <p>Where things live: {@code FeedRequest} builds every request header,
 * {@code OutcomeRules} owns every status-to-outcome and failure-to-outcome
 * mapping, {@code HttpClientFactory} holds the connection pool defaults.
 */
package io.tributary.fetch;

/**
 * Fetching: turns a source URL and what we remember about it ({@link io.tributary.fetch.FetchState})
 * into bytes plus HTTP metadata ({@link io.tributary.fetch.FetchResult}).
 *
 * <p>The entry point is {@link io.tributary.fetch.Fetcher#fetch}. It speaks HTTP politely
 * (conditional GET, an honest {@code User-Agent}, at most {@code poll.per-host} connections per
 * host, a source's own headers and basic auth) and defends the rest of Tributary against hostile
 * or broken servers: a total time limit per fetch, a body size limit counted while streaming,
 * redirects followed hop by hop up to a limit, and a URL guard that keeps a public source from
 * sending us into a private network ({@code AddressGuard}). Every network or HTTP
 * problem becomes a {@link io.tributary.fetch.FetchOutcome} with a short message; nothing here
 * throws for a bad source.
 *
 * <p>The package also holds the small, pure rules of politeness the pipeline applies between
 * fetches: {@link io.tributary.fetch.Backoff} (when a failed source may be asked again),
 * {@link io.tributary.fetch.RetryAfter} (both forms of the header) and
 * {@link io.tributary.fetch.HostPenalties} (when a whole host must wait).
 *
 * <p>What this stage must not do: parse or sniff the body, or write fetch state anywhere. It
 * reports what happened (including a permanent move and {@code Retry-After}); the pipeline
 * decides what it means and the store keeps it.
 *
 * <p>Where things live: {@code FeedRequest} builds every request header,
 * {@code OutcomeRules} owns every status-to-outcome and failure-to-outcome
 * mapping, {@code HttpClientFactory} holds the connection pool defaults, {@code RedirectChain} judges
 * every redirect hop.
 */
package io.tributary.fetch;

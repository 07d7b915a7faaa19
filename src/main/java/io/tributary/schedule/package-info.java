/**
 * Scheduling: when each source is polled. {@link io.tributary.schedule.PollScheduler} runs one
 * Quartz job per source at its interval, never two runs of one source at once: in memory for one
 * node; for a cluster, Quartz's clustered JDBC job store over the store's PostgreSQL database, so
 * that each poll runs on one node and a dead node's sources are taken over
 * ({@link io.tributary.schedule.PollScheduler#clustered}), with a check that every node was given
 * the same source list ({@link io.tributary.schedule.SourceListAgreement}).
 * {@link io.tributary.schedule.FirstPolls} spreads the first polls after a start (over each
 * source's interval, or over the first minute for a source never polled).
 *
 * <p>What this package must not do: fetch, parse or store (the poll callback does), create tables
 * (the store's schema scripts do), or decide whether a source may be fetched now (backoff,
 * {@code Retry-After}, {@code gone}): the poller holds a source back without a request, so the
 * rule lives in one place whatever fires the poll ({@code run} or {@code poll}).
 */
package io.tributary.schedule;

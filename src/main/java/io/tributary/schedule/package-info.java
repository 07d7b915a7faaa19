/**
 * Scheduling: when each source is polled. {@link io.tributary.schedule.PollScheduler} runs one
 * Quartz job per source at its interval; {@link io.tributary.schedule.FirstPolls} spreads the
 * first polls after a start (over each source's interval, or over the first minute for a source
 * never polled).
 *
 * <p>What this package must not do: fetch, or decide whether a source may be fetched now
 * (backoff, {@code Retry-After}, {@code gone}): the poller holds a source back without a request,
 * so the rule lives in one place whatever fires the poll ({@code run} or {@code poll}).
 */
package io.tributary.schedule;

/**
 * Scheduling: one Quartz job per source, repeating at the source's interval, never two runs of
 * one source at once. In memory for one node; for a cluster, Quartz's clustered JDBC job store
 * over the store's PostgreSQL database, so that each poll runs on one node and a dead node's
 * sources are taken over ({@link io.tributary.schedule.PollScheduler#clustered}), with a check
 * that every node was given the same source list
 * ({@link io.tributary.schedule.SourceListAgreement}).
 *
 * <p>This stage decides when a source is polled, not how: it must not fetch, parse or store
 * (the poll callback does), and it must not create tables (the store's schema scripts do).
 */
package io.tributary.schedule;

/**
 * The store: where entries, stories, topics and each source's fetch state and health are kept,
 * over JDBC: an embedded HSQLDB by default, or PostgreSQL ({@code store.url jdbc:postgresql://...}),
 * which the nodes of a cluster share. Scripts are portable; where a dialect differs its own copy
 * ({@code db/postgresql/...}) replaces the portable one. On PostgreSQL, poll transactions take
 * advisory locks so that nodes writing at once never store an entry or a story twice.
 *
 * <p>{@link io.tributary.store.Store#open} connects and migrates the schema from the versioned
 * scripts in {@code src/main/resources/db/}. A poll writes through one
 * {@link io.tributary.store.PollTransaction}: all of a source's entries and its new state commit
 * together or not at all. Readers ({@link io.tributary.store.Store#latest} and friends) see only
 * committed polls.
 *
 * <p>This stage stores what it is told: it must not decide what is new or a duplicate (that is
 * {@code dedup}), tag, fetch or render. It is one of the two stages that touch the outside world,
 * and the only one that touches the database.
 */
package io.tributary.store;

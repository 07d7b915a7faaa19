/**
 * The WebSub subscriber (W3C WebSub recommendation, sections 5 to 8): sources configured with
 * {@code websub: true} whose feed names a hub ({@code link rel="hub"}) are subscribed to, so the
 * hub pushes new entries within seconds instead of at the next poll.
 *
 * <p>{@link io.tributary.websub.WebSubSubscriber} hears of each stored poll and subscribes (or
 * moves a subscription to a new hub or topic); {@link io.tributary.websub.LeaseKeeper} renews
 * leases before they end, subscribes again after a restart, and unsubscribes sources taken out of
 * the config or with {@code websub} turned off; {@link io.tributary.websub.CallbackAnswers} answers
 * the hub at {@code <base-url>/websub/<id>}: intent verification (GET) and content distribution
 * (POST, signed with the subscription's secret), which goes through the same pipeline as a poll.
 *
 * <p>It must not: contact a hub on a private network for a public source (the fetcher's URL
 * guard decides), store anything whose signature does not verify, let a push bigger than the
 * source's {@code max-bytes} in, or replace polling (polls go on as the safety net).
 */
package io.tributary.websub;

/**
 * Publish: the last stage of the river. It turns the stories the store holds into what readers
 * subscribe to and operators look at.
 *
 * <p>{@link io.tributary.publish.SiteRenderer#render} renders everything once per store change
 * into an immutable {@link io.tributary.publish.PublishedSite}: the merged feed and one feed per
 * configured topic, each as Atom ({@link io.tributary.publish.AtomFeedWriter}) and JSON Feed 1.1
 * ({@link io.tributary.publish.JsonFeedWriter}), their RFC 5005 archive pages
 * ({@code ArchivePages}: stable pages cut from the story sequence, complete ones kept between
 * renders), two OPML lists ({@link io.tributary.publish.OpmlWriter}), the HTML front page and one
 * page per topic ({@link io.tributary.publish.IndexPage}), each file with its gzip copy, ETag and
 * cache lifetime computed up front. {@link io.tributary.publish.FeedServer} serves that site from
 * memory with conditional GET and gzip; {@link io.tributary.publish.StaticExport} writes the
 * same bytes to a folder; {@link io.tributary.publish.LiveSite} renders again when the store
 * changed and tells {@link io.tributary.publish.HubNotifier}, which notifies the WebSub hubs.
 * HTML pages go out with a {@link io.tributary.publish.PagePolicy} (a Content-Security-Policy
 * allowing only the page's own stylesheet) and {@code Referrer-Policy: no-referrer}; every answer
 * with {@code nosniff}. {@code ServerLimits} and {@code HeaderDeadline} bound what one client
 * may hold: header bytes, time to send a request, idle time, connections.
 *
 * <p>What this stage must not do: read or write the store (it sees stories only through
 * {@link io.tributary.publish.StorySource}); render per request; serve anything that is not in
 * the rendered site (no file from disk, no directory listing); trust any text it publishes
 * (every title, name and link came from someone else's feed and is escaped or dropped here);
 * change a story's id or move an archived story to another page; show a stack trace or server
 * version to a client; let a slow hub or a slow client delay serving others.
 */
package io.tributary.publish;

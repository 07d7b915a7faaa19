/**
 * Publish: the last stage of the river. It turns the stories the store holds into what readers
 * subscribe to and operators look at.
 *
 * <p>{@link io.tributary.publish.SiteRenderer#render} renders everything once per store change
 * into an immutable {@link io.tributary.publish.PublishedSite}: the merged Atom feed
 * ({@link io.tributary.publish.AtomFeedWriter}), one Atom feed per configured topic and an HTML
 * index ({@link io.tributary.publish.IndexPage}), each with its gzip copy and ETag computed up
 * front. {@link io.tributary.publish.FeedServer} serves that site from memory with conditional
 * GET and gzip; {@link io.tributary.publish.StaticExport} writes the same bytes to a folder.
 *
 * <p>What this stage must not do: read or write the store (it sees stories only through
 * {@link io.tributary.publish.StorySource}); render per request; serve anything that is not in
 * the rendered site (no file from disk, no directory listing); trust any text it publishes
 * (every title, name and link came from someone else's feed and is escaped or dropped here);
 * change a story's id; show a stack trace or server version to a client.
 */
package io.tributary.publish;

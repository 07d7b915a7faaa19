/**
 * The parser stage: turns a fetched body into a {@link io.tributary.parse.ParsedFeed} of
 * {@link io.tributary.parse.RawEntry raw entries}. Entry point: {@link io.tributary.parse.FeedParser#parse}.
 *
 * <p>What it does: reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with Rome and JSON Feed 1.0/1.1 with
 * Jackson; recovers what lenient readers recover (a lying encoding, stray white space, HTML
 * entities, bare ampersands, control characters, a cut-off end) and says so; reads dates in their
 * common variants ({@link io.tributary.parse.DateText}); keeps enclosures and Media RSS files; detects the encoding,
 * picks the fullest body of each entry ({@code content:encoded} / Atom content before the
 * description / summary), makes titles plain text, escapes text-typed bodies, and works out the
 * base URI each entry's relative URLs are resolved against.
 *
 * <p>What it must not do: read anything but the body it is given (no DTD, no external entity,
 * no network), expand entities (a DOCTYPE with an internal subset is refused, never repaired), let any exception other than
 * {@link io.tributary.parse.ParseException} out, or clean, trust or rewrite the HTML it passes on:
 * that is the clean stage's job.
 */
package io.tributary.parse;

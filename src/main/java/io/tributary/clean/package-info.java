/**
 * The cleaner stage: turns a {@link io.tributary.parse.RawEntry} into a
 * {@link io.tributary.clean.CleanEntry} that any feed reader can render safely. Entry points:
 * {@link io.tributary.clean.EntryCleaner#clean} for a whole entry,
 * {@link io.tributary.clean.HtmlCleaner#clean} for one HTML body.
 *
 * <p>What it does: sanitizes HTML against an allowlist (jsoup), makes URLs absolute and removes
 * tracking parameters ({@link io.tributary.clean.UrlNormalizer}), loads lazy images, drops tracking
 * pixels and the page clutter described by {@link io.tributary.clean.BoilerplateRule}s and
 * CSS selectors (defaults, global and per source), keeps sandboxed embeds from operator-listed
 * hosts only, and makes plain text titles, text and summaries. For full-content sources,
 * {@link io.tributary.clean.ArticleExtractor} finds the article in a fetched page (the pipeline
 * fetches it; this package never does).
 *
 * <p>What it must not do: fetch anything (images and links are rewritten, never followed), keep
 * any markup outside the allowlist "because it looks harmless", decide identity or duplicates
 * (the dedup stage does, from {@link io.tributary.clean.UrlNormalizer#normalize}), or hold state
 * between entries.
 */
package io.tributary.clean;

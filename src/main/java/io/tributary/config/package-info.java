/**
 * The config stage: reads {@code config/*.yml} into a validated {@link io.tributary.config.Config}.
 * Entry point: {@link io.tributary.config.ConfigLoader#load(java.nio.file.Path)}.
 *
 * <p>What it does: parses YAML with positions kept ({@code YamlTreeReader}), reads the files the
 * config includes ({@code IncludeReader}: {@code include:} globs or {@code sources.d/}), checks
 * every key, type, range, URL, name, topic and source reference, CSS selector and regular
 * expression, fills in defaults, and reports all problems at once as
 * {@code file:line:column: message}, naming the included file a problem is in. One small reader
 * per section ({@code PollSectionReader}, {@code CleanSectionReader}, ...) keeps each one short. Readable values have small parsers of their own:
 * {@link io.tributary.config.DurationText} ({@code 15m}, {@code 1h30m}) and
 * {@link io.tributary.config.DataSize#parse(String)} ({@code 10MB}).
 *
 * <p>What it must not do: reach the network or the store, open the feeds it names (a
 * {@code file:} URL is resolved, not read), or return a Config that is only partly valid; and
 * the rest of Tributary must never read YAML itself, only the records this package returns.
 */
package io.tributary.config;

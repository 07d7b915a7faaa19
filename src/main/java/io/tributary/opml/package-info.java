/**
 * OPML 2.0 in and out: {@code import-opml} reads an operator's subscription list into a new
 * source file under {@code sources.d/}; {@code export-opml} writes the configured sources.
 *
 * <p>OPML files come from other programs and strangers: they are parsed with DTDs and external
 * entities refused. This package must not touch the main config file; an import only ever adds
 * a new file.
 */
package io.tributary.opml;

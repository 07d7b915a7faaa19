package io.tributary.opml;

import io.tributary.config.Config;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The configured sources as OPML 2.0 (http://opml.org/spec2.opml), one {@code rss} outline each,
 * for {@code export-opml}. The published {@code sources.opml} writer does the work; the export
 * also lists local sources, which the published list leaves out.
 */
public final class OpmlWriter {
    private final io.tributary.publish.OpmlWriter published = new io.tributary.publish.OpmlWriter();

    public String write(Config config, Instant now) {
        return new String(published.allSources(config, now), StandardCharsets.UTF_8);
    }
}

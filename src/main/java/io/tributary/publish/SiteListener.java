package io.tributary.publish;

import java.util.Optional;

/** Told by {@link LiveSite} after each new rendering, on the rendering thread: must not block. */
@FunctionalInterface
public interface SiteListener {
    SiteListener NONE = (before, after) -> { };

    /**
     * @param before the site served until now; empty for the first rendering
     * @param after  the site served from now on
     */
    void changed(Optional<PublishedSite> before, PublishedSite after);
}

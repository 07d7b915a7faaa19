package io.tributary.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Publishing: {@code publish: { entries: 100, out: null, websub: [...], subtitle, icon, logo,
 * uncategorized: false }}.
 *
 * @param entries       entries per published feed page, newest first
 * @param out           a folder to also write the static files to after each change, if given
 * @param websub        WebSub hubs to notify when a feed changes
 * @param subtitle      the merged feed's subtitle, if any
 * @param icon          a small square image for the feeds ({@code atom:icon}), if any
 * @param logo          a wider image for the feeds ({@code atom:logo}), if any
 * @param uncategorized also publish {@code /feeds/topics/uncategorized.atom} for entries with no topic
 */
public record PublishSettings(int entries, Optional<Path> out, List<URI> websub, Optional<String> subtitle,
                              Optional<URI> icon, Optional<URI> logo, boolean uncategorized) {
    public static final int DEFAULT_ENTRIES = 100;

    public PublishSettings {
        websub = List.copyOf(websub);
    }

    public PublishSettings(int entries, Optional<Path> out) {
        this(entries, out, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}

package io.tributary.publish;

import io.tributary.config.PublishSettings;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What every feed of this instance says about itself besides its entries: the configured
 * subtitle, icon and logo, and the WebSub hubs that readers may subscribe through.
 *
 * @param subtitle a line under the title ({@code atom:subtitle}, JSON Feed {@code description})
 * @param icon     a small square image ({@code atom:icon}, JSON Feed {@code favicon})
 * @param logo     a wider image ({@code atom:logo}, JSON Feed {@code icon})
 * @param hubs     WebSub hubs ({@code link rel="hub"}, JSON Feed {@code hubs})
 */
public record FeedHead(Optional<String> subtitle, Optional<URI> icon, Optional<URI> logo, List<URI> hubs) {
    public static final FeedHead NONE = new FeedHead(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of());

    public FeedHead {
        hubs = List.copyOf(hubs);
    }

    /** The head the {@code publish:} settings describe. */
    public static FeedHead of(PublishSettings publish) {
        return new FeedHead(publish.subtitle().filter(s -> !s.isBlank()), publish.icon(), publish.logo(),
                publish.websub());
    }
}

package io.tributary.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One source feed.
 *
 * @param name     unique, shown to readers and operators
 * @param url      http, https or file URL of the feed
 * @param topics   topics always given to this source's entries
 * @param interval time between two polls (the source's own, else {@code poll.interval})
 */
public record SourceConfig(String name, URI url, List<String> topics, Duration interval) {
    public SourceConfig {
        topics = List.copyOf(topics);
    }
}

package io.tributary.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One source feed.
 *
 * @param name        unique, shown to readers and operators
 * @param url         http, https or file URL of the feed
 * @param topics      topics always given to this source's entries
 * @param interval    time between two polls (the source's own, else {@code poll.interval})
 * @param priority    when several sources carry one story, the copy from the highest priority
 *                    stands for it ({@code priority}, default 0; ties go to the first seen)
 * @param fetch       this source's own fetch settings: headers, basic auth, limits
 * @param categories  the feed's own category terms mapped to topics
 *                    ({@code categories: {"Human Rights": human-rights}})
 * @param skip        words or phrases; an entry containing one is not stored ({@code skip})
 * @param fullContent fetch the article page when the feed carries only teasers ({@code full-content})
 * @param boilerplate this source's own boilerplate rules, applied after the global ones
 *                    ({@code clean: {drop, phrases, footers}})
 * @param websub      subscribe to the source's WebSub hub for push updates, if it has one
 */
public record SourceConfig(
        String name,
        URI url,
        List<String> topics,
        Duration interval,
        int priority,
        FetchOverrides fetch,
        Map<String, String> categories,
        List<String> skip,
        boolean fullContent,
        BoilerplateRules boilerplate,
        boolean websub) {

    public SourceConfig {
        topics = List.copyOf(topics);
        categories = Map.copyOf(categories);
        skip = List.copyOf(skip);
    }

    /** A source with every optional setting at its default. */
    public SourceConfig(String name, URI url, List<String> topics, Duration interval) {
        this(name, url, topics, interval, 0, FetchOverrides.NONE, Map.of(), List.of(), false,
                BoilerplateRules.NONE, false);
    }
}

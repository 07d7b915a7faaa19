package io.tributary.config;

import java.util.List;

/**
 * Cleaning: {@code clean: { embeds: [www.youtube-nocookie.com], drop: [...], phrases: [...], footers: [...] }}.
 *
 * @param embeds      hosts whose {@code iframe}s are kept (forced to https, sandboxed); no others
 * @param boilerplate global boilerplate rules, added to the built-in defaults
 */
public record CleanSettings(List<String> embeds, BoilerplateRules boilerplate) {
    public static final CleanSettings DEFAULT = new CleanSettings(List.of(), BoilerplateRules.NONE);

    public CleanSettings {
        embeds = List.copyOf(embeds);
    }
}

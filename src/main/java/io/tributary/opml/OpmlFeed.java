package io.tributary.opml;

import java.util.List;

/**
 * One feed outline of an OPML file.
 *
 * @param title      its {@code title} (else {@code text}) attribute; may be empty
 * @param xmlUrl     the feed URL
 * @param categories the terms of its {@code category} attribute ({@code "/News/World,Rights"} gives
 *                   {@code News}, {@code World}, {@code Rights}), plus the titles of the outlines it
 *                   is nested in (the usual way readers export folders)
 */
public record OpmlFeed(String title, String xmlUrl, List<String> categories) {
    public OpmlFeed {
        categories = List.copyOf(categories);
    }
}

package io.tributary.store;

import java.util.List;
import java.util.Set;

/** Computes a stored entry's topics under the current rules, for {@link Store#retag}. */
@FunctionalInterface
public interface Retagging {
    /**
     * @param sourceName the source that carried the entry
     * @param title      its title
     * @param summary    its summary
     * @param text       its plain text
     * @param categories the feed's own category terms
     */
    Set<String> topicsOf(String sourceName, String title, String summary, String text, List<String> categories);
}

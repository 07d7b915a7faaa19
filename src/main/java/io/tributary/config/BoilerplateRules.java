package io.tributary.config;

import java.util.List;

/**
 * Boilerplate to remove from entry HTML, as the operator writes it; the clean stage compiles it.
 *
 * @param dropSelectors  CSS selectors whose elements are dropped ({@code drop})
 * @param blockPhrases   phrases whose enclosing block, and everything after it in its parent, is
 *                       dropped ({@code phrases}: "You May Also Like", "Related Posts")
 * @param footerPatterns regular expressions for footer lines dropped whole ({@code footers}:
 *                       "The post .* appeared first on .*")
 */
public record BoilerplateRules(List<String> dropSelectors, List<String> blockPhrases, List<String> footerPatterns) {
    public static final BoilerplateRules NONE = new BoilerplateRules(List.of(), List.of(), List.of());

    public BoilerplateRules {
        dropSelectors = List.copyOf(dropSelectors);
        blockPhrases = List.copyOf(blockPhrases);
        footerPatterns = List.copyOf(footerPatterns);
    }
}

package io.tributary.clean;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of page clutter to remove from entry bodies, as data: a rule names the text of the
 * element that marks the clutter and how much goes with it. {@link #DEFAULTS} is the set every
 * source gets; a source can later be given its own list.
 *
 * @param name    what the rule removes, for logs and config
 * @param text    matched against the whole, whitespace-collapsed text of an element
 * @param extent  how much goes once an element matches
 */
public record BoilerplateRule(String name, Pattern text, Extent extent) {

    /** How much of the body a matching element takes with it. */
    public enum Extent {
        /** The element only: a footer line. */
        ELEMENT,
        /**
         * The element and everything after it in its parent: a heading or paragraph that opens a
         * trailing block ("Related posts" and the list under it). Never applied to an element
         * with no content before it, since clutter at the very top is not trailing.
         */
        REST_OF_PARENT
    }

    /** Trailing blocks of links and buttons, and WordPress's "appeared first on" footer. */
    public static final List<BoilerplateRule> DEFAULTS = List.of(
            trailingBlock("you may also like", "you (?:may|might) also like"),
            trailingBlock("related posts", "related (?:posts|articles|stories)"),
            trailingBlock("share this", "share this(?: (?:post|article|story))?"),
            trailingBlock("read more", "read more"),
            new BoilerplateRule("appeared first on",
                    Pattern.compile("(?is)^the post .+ appeared first on .+$"), Extent.ELEMENT));

    public BoilerplateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extent, "extent");
    }

    /**
     * A rule for a trailing block opened by a phrase: the phrase alone, or followed by
     * punctuation and more ("Read more: the budget explained", "Share this:"), but not the same
     * words starting an ordinary sentence ("Read more about the budget in ...").
     */
    public static BoilerplateRule trailingBlock(String name, String phraseRegex) {
        Pattern pattern = Pattern.compile(
                "(?isu)^(?:" + phraseRegex + ")\\s*(?:[:.!?\\-–—…»›→|]+.*)?$");
        return new BoilerplateRule(name, pattern, Extent.REST_OF_PARENT);
    }

    /** Whether an element whose text is this one marks this kind of clutter. */
    public boolean matches(String elementText) {
        return text.matcher(elementText.strip()).matches();
    }
}

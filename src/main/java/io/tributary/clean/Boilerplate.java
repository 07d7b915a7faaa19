package io.tributary.clean;

import io.tributary.config.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled set of boilerplate rules: CSS selectors dropped from the untrusted document (where
 * classes and ids still exist), then {@link BoilerplateRule text rules} applied to the sanitized
 * body. {@link #DEFAULTS} handle the common WordPress, Feedburner and Substack clutter; operators
 * add theirs globally ({@code clean:}) and per source, compiled with {@link #compile}.
 */
final class Boilerplate {
    private static final Logger LOG = LoggerFactory.getLogger(Boilerplate.class);

    /**
     * Selectors of known clutter. WordPress / Jetpack: sharing buttons, related posts, AddToAny,
     * YARPP. Feedburner: "flare" link rows. Substack: subscribe and share buttons
     * ({@code p.button-wrapper}), subscription widgets, share dialogs.
     */
    static final List<String> DEFAULT_SELECTORS = List.of(
            ".sharedaddy", ".sd-sharing-enabled", ".jp-relatedposts", "#jp-relatedposts",
            ".wp-block-jetpack-related-posts", ".addtoany_share_save_container", ".yarpp-related",
            ".feedflare", "p.button-wrapper", ".subscription-widget-wrap", ".subscription-widget",
            ".subscribe-widget", ".share-dialog", ".captioned-button-wrap");

    /** Lone buttons Substack and blogs leave as paragraphs of their own. */
    static final BoilerplateRule LONE_BUTTONS = new BoilerplateRule("lone buttons",
            Pattern.compile("(?iu)^(?:subscribe now|subscribe|share|leave a comment|give a gift subscription|"
                    + "share this post|get \\d+% off for 1 year)$"), BoilerplateRule.Extent.ELEMENT);

    /**
     * The default selectors as one evaluator: one walk of the tree instead of fourteen. Same result
     * as dropping them one by one, since each matches by an element's own tag and class, which
     * no removal changes.
     */
    static final Boilerplate DEFAULTS = new Boilerplate(evaluators(List.of(String.join(", ", DEFAULT_SELECTORS))),
            defaultRules(), true);

    static final Boilerplate NONE = new Boilerplate(List.of(), List.of());

    private final List<Evaluator> selectors;
    /** Whether every selector is a default one, which matches by tag and class only and so never the body. */
    private final boolean onlyDefaultSelectors;
    private final List<BoilerplateRule> textRules;
    private final BoilerplateRemover remover;

    Boilerplate(List<Evaluator> selectors, List<BoilerplateRule> textRules) {
        this(selectors, textRules, selectors.isEmpty());
    }

    private Boilerplate(List<Evaluator> selectors, List<BoilerplateRule> textRules, boolean onlyDefaultSelectors) {
        this.onlyDefaultSelectors = onlyDefaultSelectors;
        this.selectors = List.copyOf(selectors);
        this.textRules = List.copyOf(textRules);
        this.remover = new BoilerplateRemover(textRules);
    }

    /** Text rules only (no selectors), as the older constructor of {@link HtmlCleaner} takes them. */
    static Boilerplate ofRules(List<BoilerplateRule> rules) {
        return new Boilerplate(List.of(), rules);
    }

    /**
     * The operator's rules compiled. A selector jsoup cannot parse or a pattern Java cannot
     * compile is skipped with a warning (the config loader reports them precisely first), so one
     * bad rule never stops cleaning.
     */
    static Boilerplate compile(BoilerplateRules rules) {
        List<BoilerplateRule> text = new ArrayList<>();
        for (String phrase : rules.blockPhrases()) {
            if (!phrase.isBlank()) {
                text.add(BoilerplateRule.trailingBlock(phrase.strip(), Pattern.quote(phrase.strip())));
            }
        }
        for (String footer : rules.footerPatterns()) {
            try {
                text.add(new BoilerplateRule(footer, Pattern.compile("(?isu)^(?:" + footer + ")$"),
                        BoilerplateRule.Extent.ELEMENT));
            } catch (PatternSyntaxException e) {
                LOG.warn("clean: footer pattern skipped, it is not a regular expression: {}", footer);
            }
        }
        return new Boilerplate(evaluators(rules.dropSelectors()), text);
    }

    /** These rules followed by {@code more}. */
    Boilerplate then(Boilerplate more) {
        List<Evaluator> allSelectors = new ArrayList<>(selectors);
        allSelectors.addAll(more.selectors);
        List<BoilerplateRule> allRules = new ArrayList<>(textRules);
        allRules.addAll(more.textRules);
        return new Boilerplate(allSelectors, allRules, onlyDefaultSelectors && more.onlyDefaultSelectors);
    }

    /** Whether no selector can match the body element itself (only the defaults, or none). */
    boolean selectsOnlyByClass() {
        return onlyDefaultSelectors;
    }

    /** Drops what the selectors match; on the untrusted document. */
    void dropSelected(Element body) {
        for (Evaluator selector : selectors) {
            body.select(selector).remove();
        }
    }

    /** Drops what the text rules match; on the sanitized body. */
    void dropText(Element body) {
        remover.removeFrom(body);
    }

    private static List<BoilerplateRule> defaultRules() {
        List<BoilerplateRule> rules = new ArrayList<>(BoilerplateRule.DEFAULTS);
        rules.add(LONE_BUTTONS);
        return rules;
    }

    private static List<Evaluator> evaluators(List<String> selectors) {
        List<Evaluator> compiled = new ArrayList<>();
        for (String selector : selectors) {
            try {
                compiled.add(QueryParser.parse(selector));
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                LOG.warn("clean: selector skipped, jsoup cannot read it: {}", selector);
            }
        }
        return compiled;
    }
}

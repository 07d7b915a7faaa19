package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;
import io.tributary.dedup.TextFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Tags entries with topics. An entry gets a topic when its source lists the topic, when its
 * source maps one of the feed's own category terms to it ({@code categories}), or when the
 * topic's rule matches: the entry's source is in the rule's {@code sources}, or one of its
 * {@code keywords} or {@code patterns} is found in the title, summary, text or category terms, and
 * every {@code require} phrase is found too; a rule that has only {@code require} matches when all
 * of them are found. A rule never matches when one of its {@code exclude} phrases is found.
 *
 * <p>Words and phrases match as whole words with Unicode case and accent folding
 * ({@link TextFolding}): "Tehrān" finds "tehran" and back, "iran" finds "Iran's" and "IRAN" but
 * not "piranha", "ایران" finds Persian text written with Arabic letters. Patterns are Java regular
 * expressions, case-insensitive, tried on the text as written and folded.
 */
public final class Tagger {
    private static final Logger LOG = LoggerFactory.getLogger(Tagger.class);

    private final List<CompiledRule> rules;

    /** Compiles every rule once. A pattern that is not a valid regular expression is left out. */
    public Tagger(List<TopicRule> rules) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (TopicRule rule : rules) {
            List<PhraseMatcher> require = new ArrayList<>();
            for (String phrase : rule.require()) {
                PhraseMatcher matcher = PhraseMatcher.anyOf(List.of(phrase));
                if (!matcher.isEmpty()) {
                    require.add(matcher);
                }
            }
            compiled.add(new CompiledRule(rule.name(), PhraseMatcher.anyOf(rule.keywords()), List.copyOf(require),
                    PhraseMatcher.anyOf(rule.exclude()), patterns(rule), Set.copyOf(rule.sources())));
        }
        this.rules = List.copyOf(compiled);
    }

    /** The entry's topics, sorted by name. */
    public SortedSet<String> tag(CleanEntry entry, SourceConfig source) {
        SortedSet<String> topics = new TreeSet<>(source.topics());
        topics.addAll(mappedCategories(entry, source));
        EntryText text = EntryText.of(entry);
        for (CompiledRule rule : rules) {
            if (!topics.contains(rule.topic()) && rule.matches(text, source.name())) {
                topics.add(rule.topic());
            }
        }
        return Collections.unmodifiableSortedSet(topics);
    }

    /** The topics the source maps the feed's own category terms to; terms compare folded. */
    private static Set<String> mappedCategories(CleanEntry entry, SourceConfig source) {
        if (source.categories().isEmpty() || entry.categories().isEmpty()) {
            return Set.of();
        }
        Set<String> terms = new HashSet<>();
        for (String category : entry.categories()) {
            terms.add(TextFolding.fold(category.trim()));
        }
        Set<String> topics = new TreeSet<>();
        for (Map.Entry<String, String> mapping : source.categories().entrySet()) {
            if (terms.contains(TextFolding.fold(mapping.getKey().trim()))) {
                topics.add(mapping.getValue());
            }
        }
        return topics;
    }

    private static List<Pattern> patterns(TopicRule rule) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : rule.patterns()) {
            try {
                patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                // the config check reports it with its line; tagging goes on without it
                LOG.warn("topic {}: pattern {} is not a regular expression, ignored: {}", rule.name(), regex,
                        e.getDescription());
            }
        }
        return List.copyOf(patterns);
    }

    private record CompiledRule(String topic, PhraseMatcher keywords, List<PhraseMatcher> require,
                                PhraseMatcher exclude, List<Pattern> patterns, Set<String> sources) {
        boolean matches(EntryText text, String sourceName) {
            if (exclude.foundIn(text.folded())) {
                return false;
            }
            if (sources.contains(sourceName)) {
                return true;
            }
            boolean selects = !keywords.isEmpty() || !patterns.isEmpty();
            if (!selects && require.isEmpty()) {
                return false;
            }
            if (selects && !keywords.foundIn(text.folded()) && patterns.stream().noneMatch(p -> found(p, text))) {
                return false;
            }
            return require.stream().allMatch(phrase -> phrase.foundIn(text.folded()));
        }

        private static boolean found(Pattern pattern, EntryText text) {
            return pattern.matcher(text.written()).find() || pattern.matcher(text.folded()).find();
        }
    }
}

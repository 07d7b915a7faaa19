package io.tributary.topic;

import io.tributary.clean.CleanEntry;
import io.tributary.config.SourceConfig;
import io.tributary.config.TopicRule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tags entries with topics. A topic applies when the entry's source lists it, or when one of its
 * keywords appears in the title, summary, text or the feed's own category terms of the entry.
 *
 * <p>Keywords match case-insensitively (Unicode case folding), as whole words or phrases: "iran"
 * matches "Iran's" and "IRAN" but not "piranha". A word boundary is any character that is not a
 * letter, combining mark or digit in any script, so "ایران" matches in Persian text too. Spaces in
 * a phrase match any run of white space, including a line break. Text is compared in Unicode NFC
 * so that a letter typed as base + accent matches the same letter typed precomposed.
 */
public final class Tagger {
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
    /** White space includes Unicode spaces: cleaned HTML text is full of no-break spaces. */
    private static final String SPACE = "[\\s\\p{Z}]+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<CompiledRule> rules;

    /** Compiles every rule once; a rule without keywords only applies through its sources. */
    public Tagger(List<TopicRule> rules) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (TopicRule rule : rules) {
            List<String> alternatives = rule.keywords().stream()
                    .map(Tagger::keywordPattern)
                    .filter(p -> !p.isEmpty())
                    .collect(Collectors.toList());
            if (!alternatives.isEmpty()) {
                String regex = "(?<!" + WORD_CHAR + ")(?:" + String.join("|", alternatives) + ")"
                        + "(?!" + WORD_CHAR + ")";
                compiled.add(new CompiledRule(rule.name(), Pattern.compile(regex, FLAGS)));
            }
        }
        this.rules = List.copyOf(compiled);
    }

    /** The entry's topics, sorted by name. */
    public SortedSet<String> tag(CleanEntry entry, SourceConfig source) {
        SortedSet<String> topics = new TreeSet<>(source.topics());
        List<String> fields = new ArrayList<>();
        fields.add(entry.title());
        fields.add(entry.summary());
        fields.add(entry.text());
        fields.addAll(entry.categories());
        List<String> normalized = fields.stream()
                .map(field -> Normalizer.normalize(field, Normalizer.Form.NFC))
                .collect(Collectors.toList());
        for (CompiledRule rule : rules) {
            if (!topics.contains(rule.topic()) && normalized.stream().anyMatch(rule::foundIn)) {
                topics.add(rule.topic());
            }
        }
        return Collections.unmodifiableSortedSet(topics);
    }

    /** One keyword as a regex: its words quoted, joined by flexible white space. */
    private static String keywordPattern(String keyword) {
        String[] words = Normalizer.normalize(keyword, Normalizer.Form.NFC).split(SPACE);
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                quoted.add(Pattern.quote(word));
            }
        }
        return String.join(SPACE, quoted);
    }

    private record CompiledRule(String topic, Pattern pattern) {
        boolean foundIn(String text) {
            return pattern.matcher(text).find();
        }
    }
}

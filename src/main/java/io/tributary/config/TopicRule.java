package io.tributary.config;

import java.util.List;

/**
 * One topic. An entry belongs to it when its source lists the topic, or is named in
 * {@code sources}, or when one of {@code keywords} (a word or a phrase) or {@code patterns}
 * (regular expressions) matches, every word of {@code require} appears, and none of
 * {@code exclude} does.
 *
 * @param name     used in URLs ({@code /feeds/topics/<name>.atom}): lower-case letters, digits, '-'
 * @param label    shown to readers; the name when not given
 * @param keywords words and phrases, any of which puts an entry in the topic
 * @param require  words and phrases that must all appear for a keyword or pattern match to count
 * @param exclude  words and phrases none of which may appear
 * @param patterns regular expressions, any of which puts an entry in the topic
 * @param sources  names of sources every entry of which is in the topic
 */
public record TopicRule(String name, String label, List<String> keywords, List<String> require,
                        List<String> exclude, List<String> patterns, List<String> sources) {
    public TopicRule {
        keywords = List.copyOf(keywords);
        require = List.copyOf(require);
        exclude = List.copyOf(exclude);
        patterns = List.copyOf(patterns);
        sources = List.copyOf(sources);
    }

    public TopicRule(String name, String label, List<String> keywords) {
        this(name, label, keywords, List.of(), List.of(), List.of(), List.of());
    }
}

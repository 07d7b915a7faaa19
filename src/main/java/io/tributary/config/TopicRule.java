package io.tributary.config;

import java.util.List;

/**
 * One topic: an entry belongs to it when one of its {@code keywords} (a word or a phrase) appears
 * in the entry, or when the entry's source lists the topic.
 *
 * @param name     used in URLs ({@code /feeds/topics/<name>.atom}): lower-case letters, digits, '-'
 * @param label    shown to readers; the name when not given
 * @param keywords words and phrases, matched case-insensitively on whole words
 */
public record TopicRule(String name, String label, List<String> keywords) {
    public TopicRule {
        keywords = List.copyOf(keywords);
    }
}

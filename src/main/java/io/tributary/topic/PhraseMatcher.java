package io.tributary.topic;

import io.tributary.dedup.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds any of a list of words or phrases in folded text ({@link TextFolding}) as whole words: a
 * word boundary is any character that is not a letter, mark or digit in any script, so "iran"
 * matches "Iran's" but not "piranha", and "ایران" matches in Persian text but not inside "ایرانی".
 * Spaces in a phrase match any run of white space. Regex characters in a phrase are literal.
 */
final class PhraseMatcher {
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
    /** White space includes Unicode spaces: cleaned HTML text is full of no-break spaces. */
    private static final String SPACE = "[\\s\\p{Z}]+";

    private final Optional<Pattern> pattern;

    private PhraseMatcher(Optional<Pattern> pattern) {
        this.pattern = pattern;
    }

    /** A matcher of any of {@code phrases}; blank phrases are ignored. */
    static PhraseMatcher anyOf(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : phrases) {
            String regex = phraseRegex(phrase);
            if (!regex.isEmpty()) {
                alternatives.add(regex);
            }
        }
        if (alternatives.isEmpty()) {
            return new PhraseMatcher(Optional.empty());
        }
        String regex = "(?<!" + WORD_CHAR + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD_CHAR + ")";
        return new PhraseMatcher(Optional.of(Pattern.compile(regex)));
    }

    /** Whether there is no phrase to match at all. */
    boolean isEmpty() {
        return pattern.isEmpty();
    }

    /** Whether any phrase occurs in {@code folded} (text already passed through {@link TextFolding#fold}). */
    boolean foundIn(String folded) {
        return pattern.isPresent() && pattern.get().matcher(folded).find();
    }

    /** One phrase as a regex: its folded words quoted, joined by flexible white space. */
    private static String phraseRegex(String phrase) {
        List<String> quoted = new ArrayList<>();
        for (String word : TextFolding.fold(phrase).split(SPACE)) {
            if (!word.isEmpty()) {
                quoted.add(Pattern.quote(word));
            }
        }
        return String.join(SPACE, quoted);
    }
}

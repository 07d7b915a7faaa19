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
    /**
     * The first word of each phrase: a match needs one of them in the text, and String.indexOf
     * rules most texts out far faster than the pattern, which tries its look-behind at every
     * position.
     */
    private final List<String> firstWords;

    private PhraseMatcher(Optional<Pattern> pattern, List<String> firstWords) {
        this.pattern = pattern;
        this.firstWords = List.copyOf(firstWords);
    }

    /** A matcher of any of {@code phrases}; blank phrases are ignored. */
    static PhraseMatcher anyOf(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        List<String> firstWords = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> words = words(phrase);
            if (!words.isEmpty()) {
                alternatives.add(phraseRegex(words));
                firstWords.add(words.get(0));
            }
        }
        if (alternatives.isEmpty()) {
            return new PhraseMatcher(Optional.empty(), List.of());
        }
        String regex = "(?<!" + WORD_CHAR + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD_CHAR + ")";
        return new PhraseMatcher(Optional.of(Pattern.compile(regex)), firstWords);
    }

    /** Whether there is no phrase to match at all. */
    boolean isEmpty() {
        return pattern.isEmpty();
    }

    /** Whether any phrase occurs in {@code folded} (text already passed through {@link TextFolding#fold}). */
    boolean foundIn(String folded) {
        return pattern.isPresent() && mayContain(folded) && pattern.get().matcher(folded).find();
    }

    private boolean mayContain(String folded) {
        for (String word : firstWords) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A phrase's folded words. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : TextFolding.fold(phrase).split(SPACE)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** One phrase as a regex: its folded words quoted, joined by flexible white space. */
    private static String phraseRegex(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(Pattern.quote(word));
        }
        return String.join(SPACE, quoted);
    }
}

package io.tributary.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known word an operator most likely meant: {@code intervall} is {@code interval},
 * {@code max_bytes} is {@code max-bytes}. A word is suggested only when it is close, so a key that
 * means something else entirely gets the list of known keys instead of a misleading guess.
 */
public final class KeySuggestion {
    private KeySuggestion() {
    }

    /** The known word within a few edits of {@code typed}, if one is. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Two edits catch most typos; a third of the length lets long keys absorb a bit more.
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed && bestDistance < wanted.length()
                ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

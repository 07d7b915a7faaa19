package io.tributary;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The configured source name closest to a mistyped one, for {@code poll --source}. */
final class SourceSuggestion {
    private SourceSuggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> names) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String candidate = name.toLowerCase(Locale.ROOT);
            int distance = candidate.contains(wanted) && !wanted.isEmpty() ? 1 : distance(wanted, candidate);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

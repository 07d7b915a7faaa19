package io.tributary;

import io.tributary.config.KeySuggestion;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured source name closest to a mistyped one, for {@code poll --source}: a name that
 * contains what was typed (operators type part of a long name), else the config's own
 * near-miss rule.
 */
final class SourceSuggestion {
    private SourceSuggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> names) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty()) {
            Optional<String> containing = names.stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted)).findFirst();
            if (containing.isPresent()) {
                return containing;
            }
        }
        return KeySuggestion.closest(typed, names);
    }
}

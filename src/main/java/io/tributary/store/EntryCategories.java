package io.tributary.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A feed's category terms of one entry in one column: one per line (a term never holds a line
 * break worth keeping), as many whole terms as fit the column.
 */
final class EntryCategories {
    static final int SIZE = 4000;

    private EntryCategories() {
    }

    static Optional<String> join(List<String> categories) {
        StringBuilder joined = new StringBuilder();
        for (String category : categories) {
            String term = category.replaceAll("[\\r\\n]+", " ").trim();
            if (term.isEmpty() || joined.length() + term.length() + 1 > SIZE) {
                continue;
            }
            joined.append(joined.length() == 0 ? "" : "\n").append(term);
        }
        return joined.length() == 0 ? Optional.empty() : Optional.of(joined.toString());
    }

    static List<String> split(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n")).filter(t -> !t.isEmpty()).collect(Collectors.toList());
    }
}

package io.tributary.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one load, so an operator sees all mistakes at once rather than
 * fixing them one run at a time.
 */
final class Problems {
    private final Path file;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(Position at, String message) {
        found.add(new ConfigProblem(file, at.line(), at.column(), message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** In file order, as an editor would walk them; the sort is stable for equal positions. */
    List<ConfigProblem> inFileOrder() {
        List<ConfigProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
        return sorted;
    }
}

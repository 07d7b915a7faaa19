package io.tributary.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one load, so an operator sees all mistakes at once rather than
 * fixing them one run at a time. One instance names one file; {@link #forFile(Path)} gives the
 * same collection seen from an included file, so its problems carry that file's own path.
 */
final class Problems {
    private final Path file;
    private final List<ConfigProblem> found;
    /** The files in the order they were read: the main file first, then its includes. */
    private final List<Path> files;

    Problems(Path file) {
        this(file, new ArrayList<>(), new ArrayList<>());
    }

    private Problems(Path file, List<ConfigProblem> found, List<Path> files) {
        this.file = file;
        this.found = found;
        this.files = files;
        if (!files.contains(file)) {
            files.add(file);
        }
    }

    /** The same collection, reporting against {@code other} (an included file). */
    Problems forFile(Path other) {
        return new Problems(other, found, files);
    }

    Path file() {
        return file;
    }

    void add(Position at, String message) {
        found.add(new ConfigProblem(file, at.line(), at.column(), message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /**
     * File by file (the main file first, then includes in the order read), each in line order as
     * an editor would walk them; the sort is stable for equal positions.
     */
    List<ConfigProblem> inFileOrder() {
        List<ConfigProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((ConfigProblem problem) -> files.indexOf(problem.file()))
                .thenComparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
        return sorted;
    }
}

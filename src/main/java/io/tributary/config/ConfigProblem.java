package io.tributary.config;

import java.nio.file.Path;

/** One mistake in a config file, where it is and what is wrong. Lines and columns count from 1. */
public record ConfigProblem(Path file, int line, int column, String message) {
    /** {@code file:line:column: message}, the form editors and operators jump to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

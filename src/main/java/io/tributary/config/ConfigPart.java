package io.tributary.config;

import java.nio.file.Path;

/**
 * One file of a config, read: the main file or an included one. Its section reports problems
 * against this file, and relative {@code file:} URLs in it resolve against this file's folder.
 */
record ConfigPart(Path file, Section section) {
    Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}

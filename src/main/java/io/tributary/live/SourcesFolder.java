package io.tributary.live;

import java.nio.file.Path;

/**
 * Where source lists split off the main config live: {@code sources.d/} next to the config file.
 * Imported OPML lands there, and the watcher looks there for new files.
 */
public final class SourcesFolder {
    public static final String NAME = "sources.d";

    private SourcesFolder() {
    }

    public static Path of(Path configFile) {
        Path parent = configFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(NAME) : parent.resolve(NAME);
    }
}

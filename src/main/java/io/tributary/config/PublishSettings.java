package io.tributary.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Publishing: {@code publish: { entries: 100, out: null }}.
 *
 * @param entries entries per published feed, newest first
 * @param out     a folder to also write the static files to after each change, if given
 */
public record PublishSettings(int entries, Optional<Path> out) {
    public static final int DEFAULT_ENTRIES = 100;
}

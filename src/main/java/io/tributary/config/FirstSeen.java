package io.tributary.config;

import java.nio.file.Path;

/**
 * Where a name or URL was first given, to point the operator at the other copy, which may be in
 * another file of the config.
 *
 * @param label what the first copy was, for messages ({@code ", source 'First copy'"}), or empty
 */
record FirstSeen(Path file, Position at, String label) {
    /** {@code (first at line 3)}, or {@code (first at line 3 of sources.d/a.yml)} from another file. */
    String describeFrom(Path here) {
        return "(first at line " + at.line() + (file.equals(here) ? "" : " of " + file) + label + ")";
    }
}

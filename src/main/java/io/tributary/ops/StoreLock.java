package io.tributary.ops;

import io.tributary.config.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a process has an HSQLDB file database open, told from outside without opening it:
 * HSQLDB touches the database's {@code .lck} file every 10 s while it is open, so a fresh one
 * means in use. Opening instead would wait about 11 s for HSQLDB's own heartbeat check to fail.
 */
final class StoreLock {
    /** Three missed heartbeats: older than this, the process that wrote it is gone. */
    static final Duration FRESH = Duration.ofSeconds(30);

    private final Clock clock;

    StoreLock(Clock clock) {
        this.clock = clock;
    }

    /** @param database the database path of the URL ({@code data/tributary}), without extension */
    boolean held(Path database) throws IOException {
        Path lock = file(database);
        return Files.exists(lock) && Duration.between(Files.getLastModifiedTime(lock).toInstant(), clock.instant())
                .compareTo(FRESH) < 0;
    }

    /** {@code jdbc:hsqldb:file:data/tributary;x=y} is {@code data/tributary}; empty for any other store. */
    static Optional<Path> database(StoreSettings store) {
        String prefix = "jdbc:hsqldb:file:";
        if (!store.url().startsWith(prefix)) {
            return Optional.empty();
        }
        String path = store.url().substring(prefix.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of(options < 0 ? path : path.substring(0, options)));
    }

    static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + ".lck");
    }
}

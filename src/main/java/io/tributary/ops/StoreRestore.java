package io.tributary.ops;

import io.tributary.config.StoreSettings;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hsqldb.lib.tar.TarMalformatException;
import org.hsqldb.lib.tar.TarReader;

/**
 * {@code restore FILE}: puts an HSQLDB backup archive (from {@code backup}) in place of the
 * configured file store. The files it replaces are moved aside, never deleted, and it refuses
 * while the store is open (HSQLDB keeps its {@code .lck} file fresh then).
 */
public final class StoreRestore {
    private final Clock clock;

    public StoreRestore(Clock clock) {
        this.clock = clock;
    }

    /**
     * @return the folder the replaced files were moved to (empty if there were none)
     * @throws IOException with a message for the operator when it cannot or must not restore
     */
    public Path restore(Path archive, StoreSettings store) throws IOException {
        Path database = databasePath(store);
        if (!Files.isRegularFile(archive)) {
            throw new IOException("restore: " + archive + " is not a file");
        }
        if (new StoreLock(clock).held(database)) {
            throw new IOException("restore: the store " + database + " is in use (" + StoreLock.file(database)
                    + " is fresh): stop tributary run first (restore never replaces a store a process has open;"
                    + " backup works while it runs)");
        }
        Path folder = database.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path unpacked = Files.createTempDirectory(folder, "restore-");
        try {
            new TarReader(archive.toFile(), TarReader.EXTRACT_MODE, null, null, unpacked.toFile()).read();
        } catch (TarMalformatException e) {
            throw new IOException("restore: " + archive + " is not a backup archive: " + e.getMessage(), e);
        }
        Path aside = folder.resolve(database.getFileName() + "-before-restore-" + Instant.now(clock).getEpochSecond());
        for (Path old : files(folder, database.getFileName().toString())) {
            Files.createDirectories(aside);
            Files.move(old, aside.resolve(old.getFileName()));
        }
        String name = database.getFileName().toString();
        for (Path restored : files(unpacked, null)) {
            String file = restored.getFileName().toString();
            String extension = file.substring(file.indexOf('.'));
            Files.move(restored, folder.resolve(name + extension), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(unpacked);
        return aside;
    }

    static Path databasePath(StoreSettings store) throws IOException {
        return StoreLock.database(store).orElseThrow(() -> new IOException("restore works on an HSQLDB file store"
                + " only (" + store.url().split(";")[0] + "); restore a PostgreSQL store with pg_restore or psql"));
    }

    /** The database's own files ({@code name.*}) in a folder, or every file when name is null. */
    private static List<Path> files(Path folder, String name) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String file = path.getFileName().toString();
                if (name == null ? file.contains(".") && !Files.isDirectory(path) : file.startsWith(name + ".")) {
                    found.add(path);
                }
            }
        }
        return found;
    }

}

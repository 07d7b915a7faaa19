package io.tributary.ops;

import io.tributary.config.StoreSettings;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code backup --out FILE}: a consistent backup of the store, whether or not {@code run} has it
 * open. An HSQLDB file store held by a live process (its {@code .lck} is fresh) cannot be opened
 * a second time, so the running {@code run} is asked to write the backup through its loopback
 * {@link OperatorEndpoint}; otherwise the store is opened here and backed up directly.
 */
public final class StoreBackup {
    /** Opens the store; {@link Store#open} outside tests. */
    @FunctionalInterface
    public interface Opener {
        Store open(StoreSettings settings) throws StoreException;
    }

    private final Clock clock;
    private final Opener opener;
    private final RemoteBackup remote = new RemoteBackup();

    public StoreBackup(Clock clock) {
        this(clock, Store::open);
    }

    StoreBackup(Clock clock, Opener opener) {
        this.clock = clock;
        this.opener = opener;
    }

    /**
     * @param archive a new file ({@code .tar.gz})
     * @return one line for the operator saying where the backup went and who wrote it
     * @throws IOException with a message for the operator when no backup was written
     */
    public String backup(StoreSettings settings, Path archive) throws IOException {
        if (Files.exists(archive)) {
            throw new IOException("backup: " + archive + " exists; choose a new file");
        }
        Optional<Path> database = StoreLock.database(settings);
        if (database.isPresent() && new StoreLock(clock).held(database.get())) {
            return askRunningProcess(database.get(), archive.toAbsolutePath());
        }
        try (Store store = opener.open(settings)) {
            store.backup(archive);
            return "backup written to " + archive;
        } catch (StoreException e) {
            throw new IOException("backup: " + e.getMessage()
                    + (database.isPresent() ? "\n(if tributary run is starting, try again in a moment)" : ""), e);
        }
    }

    private String askRunningProcess(Path database, Path archive) throws IOException {
        Path file = OperatorHandshake.file(database);
        if (!Files.exists(file)) {
            throw new IOException("backup: the store " + database + " is open in another process ("
                    + StoreLock.file(database) + " is fresh) that offers no operator endpoint (no " + file
                    + "): stop it, or take the backup with the tributary run that has the store open");
        }
        OperatorHandshake handshake;
        try {
            handshake = OperatorHandshake.read(file);
        } catch (IOException e) {
            throw new IOException("backup: the store is held by tributary run, but " + file + " cannot be read ("
                    + e.getMessage() + "): run backup as the user that runs tributary run", e);
        }
        RemoteBackup.Answer answer;
        try {
            answer = remote.ask(handshake, archive);
        } catch (ConnectException e) {
            throw new IOException("backup: the store is held by another process, and nothing answers on port "
                    + handshake.port() + " named in " + file + " (a stale file?)", e);
        }
        if (!answer.written()) {
            throw new IOException("backup: the running tributary answered " + answer.status() + ": " + answer.text());
        }
        return answer.text() + " (by the running tributary run, port " + handshake.port() + ")";
    }
}

package io.tributary;

import io.tributary.config.Config;
import io.tributary.store.Store;
import io.tributary.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --out FILE}: a consistent copy of an HSQLDB file store, as a {@code .tar.gz}. */
@Command(name = "backup", description = "Write a consistent backup of the (HSQLDB file) store to a .tar.gz file.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the archive to write (.tar.gz)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        Path archive = out.getFileName().toString().endsWith(".tar.gz") ? out
                : out.resolveSibling(out.getFileName() + ".tar.gz");
        if (Files.exists(archive)) {
            spec.commandLine().getErr().printf("backup: %s exists; choose a new file%n", archive);
            spec.commandLine().getErr().flush();
            return 1;
        }
        try (Store store = Store.open(loaded.get().store())) {
            store.backup(archive);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("backup: " + e.getMessage()
                    + "\n(an HSQLDB file store is open in one process at a time: stop tributary run first)");
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().printf("backup written to %s%n", archive);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

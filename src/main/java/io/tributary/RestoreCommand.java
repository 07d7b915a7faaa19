package io.tributary;

import io.tributary.config.Config;
import io.tributary.ops.StoreRestore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: a backup archive back in place of the configured store. */
@Command(name = "restore", description = "Put a backup archive in place of the configured (HSQLDB file) store;"
        + " the replaced files are moved aside. Refuses while the store is in use.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE", description = "the archive written by backup")
    Path archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        try {
            Path aside = new StoreRestore(Clock.systemUTC()).restore(archive, loaded.get().store());
            spec.commandLine().getOut().printf("restored %s%s%n", archive,
                    Files.isDirectory(aside) ? "; the replaced files are in " + aside : "");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}

package io.tributary;

import io.tributary.config.Config;
import io.tributary.ops.StoreBackup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --out FILE}: a consistent copy of an HSQLDB file store, as a {@code .tar.gz}, also
 * while {@code run} has the store open (then {@code run} writes it; see {@link StoreBackup}).
 */
@Command(name = "backup", description = "Write a consistent backup of the (HSQLDB file) store to a .tar.gz file;"
        + " while tributary run has the store open, the running process writes it.")
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
        try {
            spec.commandLine().getOut().println(new StoreBackup(Clock.systemUTC()).backup(loaded.get().store(), archive));
            spec.commandLine().getOut().flush();
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }
}

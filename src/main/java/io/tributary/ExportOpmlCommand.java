package io.tributary;

import io.tributary.config.Config;
import io.tributary.opml.OpmlWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code export-opml}: the configured sources as OPML 2.0 on standard output. */
@Command(name = "export-opml", description = "Print the configured sources as OPML 2.0.")
final class ExportOpmlCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Tributary.EXIT_BAD_CONFIG;
        }
        spec.commandLine().getOut().print(new OpmlWriter().write(loaded.get(), Clock.systemUTC().instant()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
